package io.inversionpicks.catalog;

import io.quarkus.runtime.PreventFurtherStepsException;

/**
 * Stops start-up when the files are invalid and no good version was ever published. The problems are logged just
 * before, with what to do; a stack trace around them would only hide them. So the cause is Quarkus's
 * {@link PreventFurtherStepsException}: when start-up fails with that as its root cause, Quarkus prints only its
 * message and exits with its exit code. (Thrown on its own, it would instead quietly skip the remaining start-up
 * steps and leave a process running that serves nothing.)
 */
public class InvalidCatalogueException extends RuntimeException {

    static final int EXIT_CODE = 1;

    public InvalidCatalogueException(String folder) {
        super(message(folder), new PreventFurtherStepsException(message(folder), EXIT_CODE), false, false);
    }

    private static String message(String folder) {
        return "Start-up stopped: the catalogue in " + folder + " is invalid (the problems are listed above).";
    }
}
