package io.inversionpicks.catalog.watch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How edits to the catalogue folder are noticed ({@code catalog.watch.*}). */
@ConfigMapping(prefix = "catalog.watch")
public interface CatalogueWatchConfig {

    /** auto, events, poll or off (env CATALOG_WATCH_MODE). */
    @WithDefault("auto")
    WatchMode mode();

    /** Quiet time after the last change before reloading, so that a burst of saves gives one reload. */
    @WithDefault("500ms")
    Duration debounce();

    /** How often the folder's fingerprint (names, sizes, modification times) is compared, in auto and poll mode. */
    @WithDefault("5s")
    Duration pollInterval();
}
