package io.inversionpicks.common;

import io.inversionpicks.web.ProblemMappers;
import io.inversionpicks.common.Problem.ProblemError;

import java.util.List;

/** Thrown by services when input is wrong; mapped to application/problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
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
}
