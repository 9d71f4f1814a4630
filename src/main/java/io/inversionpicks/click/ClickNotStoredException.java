package io.inversionpicks.click;

/** A click could not be committed, so its redirect must not be sent. */
public class ClickNotStoredException extends RuntimeException {

    public ClickNotStoredException(String reason) {
        super(reason, null, false, false);
    }
}
