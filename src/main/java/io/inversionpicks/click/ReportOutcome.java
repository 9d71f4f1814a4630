package io.inversionpicks.click;

/** What {@code POST /clicks/...} answers, decided by {@link ClickService#report}. */
public sealed interface ReportOutcome {

    /** Accepted: stored (committed), or deliberately not counted (a link preview). Either way 204. */
    record Accepted(boolean counted) implements ReportOutcome {
    }

    /** The pair is not a direct link of the live catalogue: nothing stored. */
    record NotFound(String detail) implements ReportOutcome {
    }

    /** The report names another destination than the offer's (Ping-To): nothing stored. */
    record WrongDestination(String detail) implements ReportOutcome {
    }
}
