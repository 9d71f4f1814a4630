package io.inversionpicks.catalog.load;

/**
 * Thrown through a load by its {@link LoadControl}; the loader adds the file it was reading. Unchecked, so it
 * passes unchanged through the YAML parser, which catches only its own exceptions.
 */
public final class LoadStoppedException extends RuntimeException {

    /** Why a load was stopped. */
    public enum Reason {
        /** It ran longer than its caller allows. */
        TIMED_OUT,
        /** A newer reload asked to run instead. */
        SUPERSEDED,
        /** The service is shutting down. */
        SHUTTING_DOWN
    }

    private final Reason reason;
    private final String file;

    public LoadStoppedException(Reason reason, String message) {
        this(reason, message, null);
    }

    // Not public: a ForkJoin task rethrows an exception with a public (Throwable) constructor as a new copy, which
    // would lose the file.
    private LoadStoppedException(Reason reason, String message, String file) {
        super(message, null, false, false);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    /** The file being read when the load stopped, or null if it stopped between files. */
    public String file() {
        return file;
    }

    LoadStoppedException in(String file) {
        return this.file != null ? this : new LoadStoppedException(reason, getMessage(), file);
    }
}
