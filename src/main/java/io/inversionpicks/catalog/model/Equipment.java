package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Something a product needs the reader to have already, such as a bar to hang gravity boots from. */
public enum Equipment implements Slugged {
    PULL_UP_BAR("a sturdy pull-up bar"),
    CEILING_MOUNT("a ceiling mount rated for body weight"),
    DOOR_MOUNT("a door-frame mount");

    private final String label;

    Equipment(String label) {
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
