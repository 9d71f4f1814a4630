package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a reader hopes inversion does for them; products list the goals they serve. */
public enum Goal implements Slugged {
    BACK_PAIN_RELIEF("back-pain-relief", "back pain relief and spinal decompression"),
    FLEXIBILITY("flexibility", "flexibility"),
    POSTURE("posture", "posture"),
    RELAXATION("relaxation", "relaxation and stress reduction"),
    CORE_STRENGTH("core-strength", "core strength");

    private final String slug;
    private final String label;

    Goal(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    @JsonValue
    @Override
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }
}
