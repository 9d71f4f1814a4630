package io.inversionpicks.widget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.recommend.Condition;
import io.inversionpicks.recommend.ConditionDetail;
import io.inversionpicks.recommend.ConditionGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The answers the reader-profile form offers, worded from the enums that GET /recommendations accepts. Conditions come
 * twice: flat ({@code conditions}, as before) and in the form's groups with their details and sources
 * ({@code conditionGroups}), and there is an "other condition" choice that brings the advice to see a doctor.
 */
@Schema(name = "WidgetProfileChoices")
public record ProfileChoices(List<Choice> experience, List<Choice> conditions, List<Group> conditionGroups,
                             Choice otherCondition) {

    /** One option: the parameter value and what the reader reads. */
    public record Choice(@Schema(example = "glaucoma") String value, @Schema(example = "Glaucoma") String label) {
    }

    /** One condition in the form: its choice and its details (kind, why, sources) for the "why?" disclosure. */
    @Schema(name = "WidgetConditionChoice")
    public record ConditionChoice(@Schema(example = "glaucoma") String value, @Schema(example = "Glaucoma") String label,
                                  ConditionDetail detail) {
    }

    /** A group of the form, a fieldset of its own. */
    @Schema(name = "WidgetConditionGroup")
    public record Group(@Schema(example = "eyes") String value, @Schema(example = "Eyes") String label,
                        List<ConditionChoice> conditions) {

        /** The group's conditions explained, for its "why?" disclosure. */
        @JsonIgnore
        @Schema(hidden = true)
        public List<ConditionDetail> details() {
            return conditions.stream().map(ConditionChoice::detail).toList();
        }
    }

    /**
     * The value the "other condition" box sends. The service does not know it, so, like any condition it does not
     * know, it brings the advice to see a doctor, which repeats it: "We can't assess whether inversion is safe with
     * "a condition not listed here"".
     */
    public static final String OTHER_CONDITION = "a condition not listed here";

    static final ProfileChoices STANDARD = new ProfileChoices(
            Arrays.stream(ExperienceLevel.values()).map(e -> new Choice(e.slug(), sentenceCase(e.label()))).toList(),
            Arrays.stream(Condition.values()).map(c -> new Choice(c.slug(), sentenceCase(c.label()))).toList(),
            Arrays.stream(ConditionGroup.values()).map(g -> new Group(g.slug(), g.label(),
                    Arrays.stream(Condition.values()).filter(c -> c.group() == g)
                            .map(c -> new ConditionChoice(c.slug(), sentenceCase(c.label()), ConditionDetail.of(c)))
                            .toList())).toList(),
            new Choice(OTHER_CONDITION, "Another condition not listed here"));

    /** "a hernia" reads well in a sentence; a checkbox wants "Hernia". */
    static String sentenceCase(String label) {
        String bare = label.replaceFirst("^(a|an) ", "");
        return bare.substring(0, 1).toUpperCase(Locale.ROOT) + bare.substring(1);
    }
}
