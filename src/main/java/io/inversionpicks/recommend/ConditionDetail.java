package io.inversionpicks.recommend;

import io.inversionpicks.catalog.view.HealthSource;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A condition as the API explains it: what it is, what it does to the answer, why, and the sources. */
@Schema(name = "ConditionDetail", description = "A health condition a reader can report, with its sources")
public record ConditionDetail(
        @Schema(example = "glaucoma") Condition slug,
        @Schema(example = "glaucoma") String label,
        @Schema(example = "being upside down raises the pressure inside the eyes") String why,
        @Schema(description = "contraindication: no product, only the advice to see a doctor; precaution: products "
                + "with a caution to ask a doctor first") ConditionKind kind,
        @Schema(description = "Where the reader-profile form lists it") ConditionGroup group,
        @Schema(description = "Why it is this kind, from its sources") String rationale,
        @Schema(description = "At least one") List<HealthSource> sources) {

    /** Every condition, in the order of {@link Condition}. */
    public static final List<ConditionDetail> ALL = Arrays.stream(Condition.values()).map(ConditionDetail::of).toList();

    public ConditionDetail {
        sources = List.copyOf(sources);
    }

    public static ConditionDetail of(Condition condition) {
        return new ConditionDetail(condition, condition.label(), condition.why(), condition.kind(), condition.group(),
                condition.rationale(), condition.sources());
    }

    /** The label as a heading or a checkbox reads it: "Hernia" for "a hernia". */
    @JsonIgnore
    @Schema(hidden = true)
    public String heading() {
        String bare = label.replaceFirst("^(a|an) ", "");
        return bare.substring(0, 1).toUpperCase(Locale.ROOT) + bare.substring(1);
    }

    /** Why it matters, as a sentence. */
    @JsonIgnore
    @Schema(hidden = true)
    public String whySentence() {
        return why.substring(0, 1).toUpperCase(Locale.ROOT) + why.substring(1) + ".";
    }

    /** Whether products are still shown, each with a caution to ask a doctor first. */
    @JsonIgnore
    @Schema(hidden = true)
    public boolean askFirst() {
        return kind == ConditionKind.PRECAUTION;
    }

    /** The details of these conditions, in the same order. */
    public static List<ConditionDetail> of(List<Condition> conditions) {
        return conditions.stream().map(ConditionDetail::of).toList();
    }
}
