package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Something a product needs the reader to have already, such as a bar to hang gravity boots from. */
public enum Equipment implements Slugged {
    PULL_UP_BAR("pull-up-bar", "a sturdy pull-up bar"),
    CEILING_MOUNT("ceiling-mount", "a ceiling mount rated for body weight"),
    DOOR_MOUNT("door-mount", "a door-frame mount");

    private final String slug;
    private final String label;

    Equipment(String slug, String label) {
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
