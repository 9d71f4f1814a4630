package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a newcomer sees of equipment for experienced users only (gravity boots). Either way such a product is never
 * ranked first for a newcomer; that guarantee is in code, not in this choice.
 */
public enum NewcomerPolicy implements Slugged {
    /** Listed after every other pick, with a caution. */
    CAUTION("caution"),
    /** Listed among the excluded products, with the reason. */
    EXCLUDE("exclude");

    private final String slug;

    NewcomerPolicy(String slug) {
        this.slug = slug;
    }

    @JsonValue
    @Override
    public String slug() {
        return slug;
    }
}
