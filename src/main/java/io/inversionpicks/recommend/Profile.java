package io.inversionpicks.recommend;

import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.model.Goal;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * What the reader told us, validated and normalised (metric units, sorted lists without repeats, prices to the cent),
 * so that two spellings of the same question share one cached answer. Echoed in the response, so the reader can
 * see how their input was understood.
 */
@Schema(name = "ReaderProfile")
@JsonPropertyOrder({"experience", "goals", "maxPrice", "space", "heightCm", "weightKg", "has", "conditions",
        "unrecognisedConditions"})
public record Profile(
        @Schema(nullable = true) ExperienceLevel experience,
        List<Goal> goals,
        @Schema(nullable = true, example = "300.00") BigDecimal maxPrice,
        @JsonIgnore @Schema(hidden = true) boolean smallSpace,
        @Schema(nullable = true, example = "178.0") Double heightCm,
        @Schema(nullable = true, example = "90.0") Double weightKg,
        List<Equipment> has,
        List<Condition> conditions,
        @Schema(description = "Reported conditions the service does not know, as the reader wrote them (trimmed, "
                + "lower-cased); like a contraindication, they bring the advisory and no products",
                example = "[\"asthma\"]") List<String> unrecognisedConditions) {

    /** The one value of the {@code space} parameter. */
    public static final String SMALL_SPACE = "small";

    public Profile {
        goals = normalised(goals);
        has = normalised(has);
        conditions = normalised(conditions);
        unrecognisedConditions = unrecognisedConditions.stream().distinct().sorted().toList();
        maxPrice = maxPrice == null ? null : maxPrice.setScale(2, RoundingMode.DOWN);
        heightCm = oneDecimal(heightCm);
        weightKg = oneDecimal(weightKg);
    }

    /** Someone who told us nothing: every product is judged on its own merits. */
    public static Profile anyone() {
        return new Profile(null, List.of(), null, false, null, null, List.of(), List.of(), List.of());
    }

    /** The room the reader has, as the API spells it: {@code space=small} is the only choice there is. */
    @JsonProperty("space")
    @Schema(name = "space", nullable = true, enumeration = SMALL_SPACE)
    public String space() {
        return smallSpace ? SMALL_SPACE : null;
    }

    /** The reported conditions that still allow products, each of which then carries a caution. */
    List<Condition> precautions() {
        return conditions.stream().filter(c -> !c.rulesOut()).toList();
    }

    private static <E extends Enum<E>> List<E> normalised(List<E> values) {
        return values.stream().distinct().sorted(Comparator.naturalOrder()).toList();
    }

    private static Double oneDecimal(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
