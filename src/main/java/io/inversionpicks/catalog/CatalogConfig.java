package io.inversionpicks.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    /** The catalogue folder (env CATALOG_PATH). Relative paths are resolved against the working directory. */
    @WithDefault("catalog-data")
    Path path();

    /** Product rows are kept for this many recent versions; older versions keep only their metadata. */
    @WithDefault("20")
    int keepVersions();
}
