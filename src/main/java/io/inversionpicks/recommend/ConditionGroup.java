package io.inversionpicks.recommend;

import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

/** How the reader-profile form groups the conditions, so a long list stays short to scan. */
public enum ConditionGroup implements Slugged {
    EYES("Eyes"),
    HEART_AND_CIRCULATION("Heart, blood pressure and circulation"),
    BONES_JOINTS_AND_SPINE("Bones, joints and spine"),
    OTHER("Ears, pregnancy and other");

    private final String label;

    ConditionGroup(String label) {
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
