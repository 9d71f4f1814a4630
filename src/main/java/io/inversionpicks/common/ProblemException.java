package io.inversionpicks.common;

import io.inversionpicks.web.ProblemMappers;
import io.inversionpicks.common.Problem.ProblemError;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by services when input is wrong or an answer can't be given; mapped to application/problem+json by
 * {@code web.ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, problem.detail(), null);
    }

    /**
     * @param reason     what went wrong, for the log; the reader sees only the problem
     * @param retryAfter when a client may try again (Retry-After), or null
     */
    protected ProblemException(Problem problem, String reason, Duration retryAfter) {
        super(reason, null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public static ProblemException invalid(List<ProblemError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).parameter() + ": " + errors.get(0).message()
                : errors.size() + " query parameters are invalid";
        return new ProblemException(Problem.of(ProblemType.INVALID_PARAMETER, detail, errors));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, detail, List.of()));
    }

    public Problem problem() {
        return problem;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
