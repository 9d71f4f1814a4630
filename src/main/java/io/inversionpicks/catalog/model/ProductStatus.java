package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Retired products stay in git history and in the file, but are never served. */
public enum ProductStatus implements Slugged {
    ACTIVE("active"), RETIRED("retired");

    private final String slug;

    ProductStatus(String slug) {
        this.slug = slug;
    }

    @JsonValue
    @Override
    public String slug() {
        return slug;
    }
}
