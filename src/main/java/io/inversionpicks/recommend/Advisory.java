package io.inversionpicks.recommend;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Optional;

/** Shown instead of products when the reader reported a condition that rules inversion out. */
@Schema(name = "Advisory", description = "Present when a reported condition rules inversion out; then no product and "
        + "no retailer link is returned")
public record Advisory(
        @Schema(description = "The reported conditions", example = "[\"glaucoma\"]") List<Condition> conditions,
        @Schema(example = "Inversion is not recommended for you") String title,
        @Schema(example = "Inversion is not recommended with glaucoma (being upside down raises the pressure inside "
                + "the eyes). Please talk to your doctor before trying any inversion equipment.") String message) {

    static final String TITLE = "Inversion is not recommended for you";
    static final String SEE_DOCTOR = "Please talk to your doctor before trying any inversion equipment.";

    public Advisory {
        conditions = List.copyOf(conditions);
    }

    /** The advisory for these conditions; empty when there are none. Every known condition is a contraindication. */
    public static Optional<Advisory> screen(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = conditions.stream().map(c -> c.label() + " (" + c.why() + ")").toList();
        String message = "Inversion is not recommended with " + joined(parts) + ". " + SEE_DOCTOR;
        return Optional.of(new Advisory(conditions, TITLE, message));
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }
}
