package io.inversionpicks.widget;

import io.inversionpicks.common.Problem;
import io.inversionpicks.common.Problem.ProblemError;
import io.inversionpicks.common.ProblemType;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/**
 * What an iframe page shows instead of the widget when its options are wrong (templates/WidgetErrorPage.html): the
 * blogger sees which option to fix and what would be valid, inside the iframe where the widget should be.
 *
 * @param detail         shown when the problem names no single option
 * @param unknownOptions the options are not recognised at all, so the valid ones are listed
 */
public record WidgetErrorPage(String detail, List<ProblemError> errors, boolean unknownOptions)
        implements TemplateInstance {

    static WidgetErrorPage of(Problem problem) {
        return new WidgetErrorPage(problem.detail(), problem.errors() == null ? List.of() : problem.errors(),
                problem.is(ProblemType.UNKNOWN_PARAMETER));
    }
}
