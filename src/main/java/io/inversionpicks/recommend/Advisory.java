package io.inversionpicks.recommend;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shown instead of products when the reader reported a health condition that rules inversion out (a
 * {@link ConditionKind#CONTRAINDICATION}), or one the service does not know and so can't assess. Either way the reader
 * is sent to a doctor, never to a shop. Precautions alone bring no advisory: they are cautions on the products.
 */
@Schema(name = "Advisory", description = "Present when the reader reported a contraindication or a condition the "
        + "service does not know; then no product and no retailer link is returned")
public record Advisory(
        @Schema(description = "The reported conditions that rule inversion out", example = "[\"glaucoma\"]")
        List<Condition> conditions,
        @Schema(description = "Reported conditions the service does not know, as the reader wrote them (trimmed, "
                + "lower-cased): it can't assess them, so it gives no product and advises a doctor",
                example = "[\"asthma\"]") List<String> unrecognised,
        @Schema(example = "Inversion is not recommended for you") String title,
        @Schema(example = "Inversion is not recommended with glaucoma (being upside down raises the pressure inside "
                + "the eyes). Please talk to your doctor before trying any inversion equipment.") String message,
        @Schema(description = "Each condition in conditions explained, with the sources behind the advice")
        List<ConditionDetail> details) {

    static final String TITLE = "Inversion is not recommended for you";
    static final String UNASSESSED_TITLE = "Please talk to your doctor first";
    static final String SEE_DOCTOR = "Please talk to your doctor before trying any inversion equipment.";

    public Advisory {
        conditions = List.copyOf(conditions);
        unrecognised = List.copyOf(unrecognised);
        details = List.copyOf(details);
    }

    /** The advisory for these known conditions; empty when none of them is a contraindication. */
    public static Optional<Advisory> screen(List<Condition> conditions) {
        return screen(conditions, List.of());
    }

    /**
     * The advisory for what the reader reported; empty when they reported no contraindication and nothing unknown.
     *
     * @param reported     every known condition reported; precautions among them are left to the products' cautions
     * @param unrecognised reported conditions the service does not know
     */
    public static Optional<Advisory> screen(List<Condition> reported, List<String> unrecognised) {
        List<Condition> conditions = reported.stream().filter(Condition::rulesOut).toList();
        if (conditions.isEmpty() && unrecognised.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        if (!conditions.isEmpty()) {
            sentences.add("Inversion is not recommended with "
                    + joined(conditions.stream().map(c -> c.label() + " (" + c.why() + ")").toList()) + ".");
        }
        if (!unrecognised.isEmpty()) {
            sentences.add("We can't assess whether inversion is safe with "
                    + joined(unrecognised.stream().map(u -> "\"" + u + "\"").toList()) + ".");
        }
        sentences.add(SEE_DOCTOR);
        return Optional.of(new Advisory(conditions, unrecognised, conditions.isEmpty() ? UNASSESSED_TITLE : TITLE,
                String.join(" ", sentences), ConditionDetail.of(conditions)));
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }
}
