package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much inversion experience a reader has, or the least a product calls for. Ordered from least to most. */
public enum ExperienceLevel implements Slugged {
    NEW("new", "new to inversion"),
    SOME("some", "some experience"),
    EXPERIENCED("experienced", "experienced");

    private final String slug;
    private final String label;

    ExperienceLevel(String slug, String label) {
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
