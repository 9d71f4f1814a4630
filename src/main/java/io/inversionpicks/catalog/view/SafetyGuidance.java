package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Safe-use guidance shown with every recommendation and comparison. One constant, so the API, the widget and the
 * comparison table never drift apart.
 */
@Schema(name = "SafetyGuidance")
public record SafetyGuidance(
        @Schema(example = "Use inversion safely") String title,
        List<String> guidance,
        @Schema(example = "See a doctor before starting inversion if you have any health condition.") String doctor) {

    public static final SafetyGuidance STANDARD = new SafetyGuidance("Use inversion safely", List.of(
            "Start at a slight angle (20-30 degrees) for 1-2 minutes.",
            "Have a spotter nearby, especially at first.",
            "If you feel dizzy or uncomfortable, stop and come up slowly.",
            "Keep sessions to 5-10 minutes at most."),
            "See a doctor before starting inversion if you have any health condition.");

    public SafetyGuidance {
        guidance = List.copyOf(guidance);
    }
}
