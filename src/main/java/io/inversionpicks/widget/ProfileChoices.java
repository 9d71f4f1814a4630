package io.inversionpicks.widget;

import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.recommend.Condition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The answers the reader-profile form offers, worded from the enums that GET /recommendations accepts. */
@Schema(name = "WidgetProfileChoices")
public record ProfileChoices(List<Choice> experience, List<Choice> conditions) {

    /** One option: the parameter value and what the reader reads. */
    public record Choice(@Schema(example = "glaucoma") String value, @Schema(example = "Glaucoma") String label) {
    }

    static final ProfileChoices STANDARD = new ProfileChoices(
            Arrays.stream(ExperienceLevel.values()).map(e -> new Choice(e.slug(), sentenceCase(e.label()))).toList(),
            Arrays.stream(Condition.values()).map(c -> new Choice(c.slug(), sentenceCase(c.label()))).toList());

    /** "a hernia" reads well in a sentence; a checkbox wants "Hernia". */
    static String sentenceCase(String label) {
        String bare = label.replaceFirst("^(a|an) ", "");
        return bare.substring(0, 1).toUpperCase(Locale.ROOT) + bare.substring(1);
    }
}
