package io.inversionpicks.sync.amazon;

/** A call to the Creators API that failed for good: after its retries, or in a way no retry can mend. */
public class CreatorsApiException extends RuntimeException {

    public CreatorsApiException(String message) {
        super(message);
    }

    public CreatorsApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
