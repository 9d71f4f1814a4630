package io.inversionpicks.admin;

import io.inversionpicks.catalog.load.CatalogueProblem;
import io.inversionpicks.common.Problem.ProblemError;

import java.util.List;

/** Catalogue problems as problem+json errors: file, line, column and field each in their own member. */
final class CatalogueErrors {

    private CatalogueErrors() {
    }

    static List<ProblemError> of(List<CatalogueProblem> problems) {
        return problems.stream().map(CatalogueErrors::of).toList();
    }

    /** Line and column 0 mean "the whole file"; they are left out rather than shown as a position. */
    static ProblemError of(CatalogueProblem problem) {
        return new ProblemError(null, problem.file(), problem.line() > 0 ? problem.line() : null,
                problem.column() > 0 ? problem.column() : null, problem.field().isEmpty() ? null : problem.field(),
                problem.message(), List.of(), null);
    }
}
