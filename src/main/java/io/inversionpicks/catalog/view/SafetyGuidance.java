package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Safe-use guidance shown with every recommendation and comparison, with an honest word on the evidence about
 * benefits and its sources. One constant, so the API, the widget and the comparison table never drift apart.
 */
@Schema(name = "SafetyGuidance")
public record SafetyGuidance(
        @Schema(example = "Use inversion safely") String title,
        List<String> guidance,
        @Schema(example = "See a doctor before starting inversion if you have any health condition.") String doctor,
        @Schema(description = "What the evidence says about the benefits, honestly", example = EVIDENCE)
        String evidence,
        @Schema(description = "The sources of the evidence statement") List<HealthSource> evidenceSources) {

    /**
     * What the service may say about benefits. Inversion is a form of spinal traction; the best evidence on traction
     * for low-back pain finds little or no effect, and NICE does not recommend it. Keep this in step with the README.
     */
    public static final String EVIDENCE = "Any relief from inversion is temporary, and it is not a cure: a Cochrane "
            + "review of traction for low-back pain (Wegner 2013) found it may make little or no difference to pain "
            + "or function, and NICE guideline NG59 does not recommend traction.";

    public static final SafetyGuidance STANDARD = new SafetyGuidance("Use inversion safely", List.of(
            "Start at a slight angle (20-30 degrees) for 1-2 minutes.",
            "Have a spotter nearby, especially at first.",
            "If you feel dizzy or uncomfortable, stop and come up slowly.",
            "Keep sessions to 5-10 minutes at most."),
            "See a doctor before starting inversion if you have any health condition.", EVIDENCE,
            List.of(HealthSources.COCHRANE_WEGNER_2013, HealthSources.NICE_NG59));

    public SafetyGuidance {
        guidance = List.copyOf(guidance);
        evidenceSources = List.copyOf(evidenceSources);
    }
}
