package io.inversionpicks.recommend;

import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

/** How much room the reader has; only a small room changes the picks (the product must fold or be compact). */
public enum Space implements Slugged {
    SMALL("small");

    private final String slug;

    Space(String slug) {
        this.slug = slug;
    }

    @JsonValue
    @Override
    public String slug() {
        return slug;
    }
}
