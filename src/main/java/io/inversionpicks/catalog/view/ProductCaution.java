package io.inversionpicks.catalog.view;

import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.view.HealthSource;

import java.util.ArrayList;
import java.util.List;

import static io.inversionpicks.catalog.view.HealthSources.AERIAL_RIGGING;
import static io.inversionpicks.catalog.view.HealthSources.KLATZ_1983;
import static io.inversionpicks.catalog.view.HealthSources.TEETER_CONTRAINDICATIONS;

/**
 * Cautions that belong to a kind of product whoever uses it, shown with every such product the service recommends
 * (the reader's weight and height limits are exclusions, judged by {@code ProductAssessor} as always). Chosen where
 * the sources support them; see {@code src/docs/health-sources.md}.
 */
public enum ProductCaution {
    /** Gravity boots: the whole body hangs from the ankles on a bar. */
    GRAVITY_BOOTS("Gravity boots hang your whole weight from your ankles: use them only with healthy knees, hips and "
            + "ankles, from a bar rated for more than your weight and fixed to the structure, with a spotter",
            List.of(KLATZ_1983, TEETER_CONTRAINDICATIONS, AERIAL_RIGGING)),
    /** Doorway trapezes and swings. */
    DOOR_FRAME("Hangs from a door frame: check that the frame and the mount are rated for your weight, and more when "
            + "you swing or drop into it", List.of(AERIAL_RIGGING)),
    /** Trapezes and hammocks hung from the ceiling. */
    CEILING_ANCHOR("Hangs from the ceiling: fix the mount into a joist or beam rated for several times your weight, "
            + "never into plasterboard alone", List.of(AERIAL_RIGGING));

    static final String GRAVITY_BOOTS_CATEGORY = "gravity-boots";

    private final String text;
    private final List<HealthSource> sources;

    ProductCaution(String text, List<HealthSource> sources) {
        this.text = text;
        this.sources = List.copyOf(sources);
    }

    public String text() {
        return text;
    }

    public List<HealthSource> sources() {
        return sources;
    }

    /** The cautions for a product of this category that needs this equipment, as sentences. */
    public static List<String> forProduct(String category, List<Equipment> requires) {
        List<String> cautions = new ArrayList<>();
        if (GRAVITY_BOOTS_CATEGORY.equals(category) || requires.contains(Equipment.PULL_UP_BAR)) {
            cautions.add(GRAVITY_BOOTS.text);
        }
        if (requires.contains(Equipment.DOOR_MOUNT)) {
            cautions.add(DOOR_FRAME.text);
        }
        if (requires.contains(Equipment.CEILING_MOUNT)) {
            cautions.add(CEILING_ANCHOR.text);
        }
        return List.copyOf(cautions);
    }
}
