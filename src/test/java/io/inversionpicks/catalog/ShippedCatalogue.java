package io.inversionpicks.catalog;

import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.catalog.store.VersionInfo;
import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.model.Catalogue;

import java.util.List;

import static io.inversionpicks.testing.Fixtures.NOW;

/** The shipped catalogue-data/ as loaded at a fixed moment, for tests that build read models without Quarkus. */
final class ShippedCatalogue {

    static final AffiliateLinks LINKS = new AffiliateLinks(Fixtures.SITE);
    static final Catalogue CATALOGUE = ((LoadResult.Loaded) new CatalogueLoader()
            .load(Fixtures.SHIPPED_CATALOGUE, NOW)).catalogue();

    private ShippedCatalogue() {
    }

    static VersionInfo version(long id) {
        return new VersionInfo(id, "v" + id, "hash" + id, NOW, 19, List.of(), List.of(), "files");
    }
}
