package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.LoadResult;

/** Stops start-up when the files are invalid and no good version was ever published. */
public class InvalidCatalogueException extends RuntimeException {

    public InvalidCatalogueException(String folder, LoadResult.Invalid invalid) {
        super("The catalogue in " + folder + " is invalid and no earlier version is stored; fix these "
                + invalid.problems().size() + " problem(s):\n" + invalid.report(), null, false, false);
    }
}
