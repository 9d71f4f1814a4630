package io.inversionpicks.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

/** What started a reload; logged and shown at {@code GET /admin/catalog} so editors can tell why it ran. */
public enum ReloadTrigger implements Slugged {
    STARTUP,
    /** A file-system change event in the catalogue folder. */
    WATCH,
    /** The periodic fingerprint check found a change (filesystems without change events). */
    POLL,
    /** {@code POST /admin/catalog/reload}. */
    ADMIN,
    /** Code or tests calling {@link CatalogueService#reload()} directly. */
    MANUAL;

    /** Declared here as well because SmallRye OpenAPI lists an enum by the {@code @JsonValue} of the enum itself. */
    @JsonValue
    @Override
    public String slug() {
        return Slugged.super.slug();
    }
}
