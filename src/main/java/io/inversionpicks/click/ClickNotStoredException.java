package io.inversionpicks.click;

import io.inversionpicks.common.Problem;
import io.inversionpicks.common.ProblemException;
import io.inversionpicks.common.ProblemType;

import java.time.Duration;
import java.util.List;

/**
 * A click could not be committed, so its redirect must not be sent (nor a report acknowledged): the reader gets a
 * 503 and is asked to retry rather than sent on uncounted.
 */
public class ClickNotStoredException extends ProblemException {

    public ClickNotStoredException(String reason) {
        super(Problem.of(ProblemType.UNAVAILABLE, "The click could not be recorded; please try again", List.of()),
                reason, Duration.ofSeconds(1));
    }
}
