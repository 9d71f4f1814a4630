package io.inversionpicks.catalog;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.FixedClock;
import io.inversionpicks.catalog.store.VersionInfo;
import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.common.SiteConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The shipped catalogue-data/ as loaded at a fixed moment, for tests that build read models without Quarkus. */
final class ShippedCatalogue {

    static final Instant NOW = FixedClock.NOW;
    static final AffiliateLinks LINKS = new AffiliateLinks(new SiteConfig() {
        public String name() {
            return "Test Site";
        }

        public String publicBaseUrl() {
            return "https://picks.example";
        }

        public Duration responseMaxAge() {
            return Duration.ofMinutes(1);
        }
    });
    static final Catalogue CATALOGUE = ((LoadResult.Loaded) new CatalogueLoader()
            .load(CatalogueFolder.SHIPPED, NOW)).catalogue();

    private ShippedCatalogue() {
    }

    static VersionInfo version(long id) {
        return new VersionInfo(id, "v" + id, "hash" + id, NOW, 19, List.of(), List.of(), "files");
    }
}
