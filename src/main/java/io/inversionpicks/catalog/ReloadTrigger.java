package io.inversionpicks.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

/** What started a reload; logged and shown at {@code GET /admin/catalog} so editors can tell why it ran. */
public enum ReloadTrigger implements Slugged {
    STARTUP("startup"),
    /** A file-system change event in the catalogue folder. */
    WATCH("watch"),
    /** The periodic fingerprint check found a change (filesystems without change events). */
    POLL("poll"),
    /** {@code POST /admin/catalog/reload}. */
    ADMIN("admin"),
    /** Code or tests calling {@link CatalogueService#reload()} directly. */
    MANUAL("manual");

    private final String slug;

    ReloadTrigger(String slug) {
        this.slug = slug;
    }

    @JsonValue
    @Override
    public String slug() {
        return slug;
    }
}
