package io.inversionpicks.click;

/** What {@code /go/...} answers: a redirect to a catalogue URL, or not found. */
public sealed interface GoOutcome {

    /** @param counted whether a click was recorded (HEAD requests, prefetches and link previews are not) */
    record Redirect(String location, boolean counted) implements GoOutcome {
    }

    record NotFound(String detail) implements GoOutcome {
    }
}
