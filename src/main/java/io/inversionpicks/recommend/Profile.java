package io.inversionpicks.recommend;

import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.model.Goal;
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
public record Profile(
        @Schema(nullable = true) ExperienceLevel experience,
        List<Goal> goals,
        @Schema(nullable = true, example = "300.00") BigDecimal maxPrice,
        @Schema(nullable = true) Space space,
        @Schema(nullable = true, example = "178.0") Double heightCm,
        @Schema(nullable = true, example = "90.0") Double weightKg,
        List<Equipment> has,
        List<Condition> conditions,
        @Schema(description = "Reported conditions the service does not know, as the reader wrote them (trimmed, "
                + "lower-cased); like any condition, they bring the advisory and no products",
                example = "[\"pregnancy\"]") List<String> unrecognisedConditions) {

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
        return new Profile(null, List.of(), null, null, null, null, List.of(), List.of(), List.of());
    }

    /** Whether the reader reported any condition, known or not: then the answer is advice and no product. */
    boolean reportsCondition() {
        return !conditions.isEmpty() || !unrecognisedConditions.isEmpty();
    }

    private static <E extends Enum<E>> List<E> normalised(List<E> values) {
        return values.stream().distinct().sorted(Comparator.naturalOrder()).toList();
    }

    private static Double oneDecimal(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
