package io.inversionpicks.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

/** How a reload ended; also the {@code outcome} tag of the {@code catalog_reloads_total} metric. */
public enum ReloadOutcome implements Slugged {
    /** The files were valid and different: a new version is serving. */
    PUBLISHED,
    /** The files were valid and identical to the serving version: nothing changed. */
    UNCHANGED,
    /** The files were invalid: the last good version keeps serving. */
    REJECTED,
    /**
     * A newer reload asked through the admin API, or shutdown, stopped it before it finished: nothing was published
     * and nothing is known about the files.
     */
    STOPPED;

    /** Declared here as well because SmallRye OpenAPI lists an enum by the {@code @JsonValue} of the enum itself. */
    @JsonValue
    @Override
    public String slug() {
        return Slugged.super.slug();
    }
}
