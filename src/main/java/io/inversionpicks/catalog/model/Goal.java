package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a reader hopes inversion does for them; products list the goals they serve. */
public enum Goal implements Slugged {
    BACK_PAIN_RELIEF("back pain relief and spinal decompression"),
    FLEXIBILITY("flexibility"),
    POSTURE("posture"),
    RELAXATION("relaxation and stress reduction"),
    CORE_STRENGTH("core strength");

    private final String label;

    Goal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Declared here as well because SmallRye OpenAPI lists an enum by the {@code @JsonValue} of the enum itself. */
    @JsonValue
    @Override
    public String slug() {
        return Slugged.super.slug();
    }
}
