package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much inversion experience a reader has, or the least a product calls for. Ordered from least to most. */
public enum ExperienceLevel implements Slugged {
    NEW("new to inversion"),
    SOME("some experience"),
    EXPERIENCED("experienced");

    private final String label;

    ExperienceLevel(String label) {
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
