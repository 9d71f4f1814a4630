package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new version reuses the rendered products of the one it replaces only when nothing they show can differ: the same
 * product, the same retailers, programmes and disclosures, and no shown price expired in between.
 */
class ReadModelReuseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String EDITED = "teeter-fitspine-x3";
    private static final String UNCHANGED = "innova-itx9600";
    private static final AffiliateLinks LINKS = new AffiliateLinks(new SiteConfig() {
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
    private static final Catalogue CATALOGUE = ((LoadResult.Loaded) new CatalogueLoader()
            .load(Path.of("catalog-data"), NOW)).catalogue();

    private final ReadModel first = new ReadModel(version(1), CATALOGUE, LINKS, NOW);

    @Test
    void unchangedProductsAreReusedAndAnEditedOneIsRenderedAgain() {
        ReadModel second = first.next(version(2), withRenamed(CATALOGUE, EDITED), NOW.plusSeconds(1));

        assertThat(view(second, UNCHANGED)).isSameAs(view(first, UNCHANGED));
        assertThat(view(second, EDITED).name()).isEqualTo("Renamed");
    }

    @Test
    void aRetailerChangeRendersEveryProductAgain() {
        List<Retailer> renamed = CATALOGUE.retailers().stream().map(r -> new Retailer(r.id(), r.name() + " Store",
                r.programme(), r.allowedHosts(), r.maxPriceAgeHours())).toList();
        Catalogue changed = new Catalogue(CATALOGUE.categories(), renamed, CATALOGUE.programmes(),
                CATALOGUE.disclosures(), CATALOGUE.products(), CATALOGUE.ranking());

        ReadModel second = first.next(version(2), changed, NOW.plusSeconds(1));

        assertThat(view(second, UNCHANGED)).isNotSameAs(view(first, UNCHANGED));
        assertThat(view(second, UNCHANGED).offers()).allSatisfy(o -> assertThat(o.retailerName()).endsWith(" Store"));
    }

    @Test
    void nothingIsReusedOnceAShownPriceHasExpired() {
        ReadModel later = first.next(version(2), CATALOGUE, first.validUntil());

        assertThat(view(later, UNCHANGED)).isNotSameAs(view(first, UNCHANGED));
        assertThat(later.validUntil()).isAfter(first.validUntil());
    }

    private static ProductView view(ReadModel model, String id) {
        return model.view(model.product(id).orElseThrow());
    }

    private static Catalogue withRenamed(Catalogue catalogue, String id) {
        List<Product> products = catalogue.products().stream().map(p -> !p.id().equals(id) ? p
                : new Product(p.id(), p.status(), "Renamed", p.brand(), p.category(), p.summary(),
                p.beginnerFriendly(), p.experienceLevel(), p.lumbarSupport(), p.maxUserWeightKg(), p.userHeightCm(),
                p.maxInversionAngleDeg(), p.foldable(), p.footprintCm(), p.requires(), p.safetyFeatures(), p.goals(),
                p.pros(), p.cons(), p.offers())).toList();
        return new Catalogue(catalogue.categories(), catalogue.retailers(), catalogue.programmes(),
                catalogue.disclosures(), products, catalogue.ranking());
    }

    private static VersionInfo version(long id) {
        return new VersionInfo(id, "v" + id, "hash" + id, NOW, 19, List.of(), List.of(), "files");
    }
}
