package io.inversionpicks.recommend;

import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

/** What a reported condition does to the answer. */
public enum ConditionKind implements Slugged {
    /** No product and no retailer link at all: only the advice to talk to a doctor. */
    CONTRAINDICATION,
    /** Products are still shown, each with a caution to ask a doctor first. */
    PRECAUTION;

    /** Declared here as well because SmallRye OpenAPI lists an enum by the {@code @JsonValue} of the enum itself. */
    @JsonValue
    @Override
    public String slug() {
        return Slugged.super.slug();
    }
}
