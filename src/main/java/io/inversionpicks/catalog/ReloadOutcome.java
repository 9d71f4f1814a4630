package io.inversionpicks.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

/** How a reload ended; also the {@code outcome} tag of the {@code catalog_reloads_total} metric. */
public enum ReloadOutcome implements Slugged {
    /** The files were valid and different: a new version is serving. */
    PUBLISHED("published"),
    /** The files were valid and identical to the serving version: nothing changed. */
    UNCHANGED("unchanged"),
    /** The files were invalid: the last good version keeps serving. */
    REJECTED("rejected"),
    /**
     * A newer reload asked through the admin API, or shutdown, stopped it before it finished: nothing was published
     * and nothing is known about the files.
     */
    STOPPED("stopped");

    private final String slug;

    ReloadOutcome(String slug) {
        this.slug = slug;
    }

    @JsonValue
    @Override
    public String slug() {
        return slug;
    }
}
