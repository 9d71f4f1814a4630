package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.catalog.view.ProductView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static io.inversionpicks.catalog.ShippedCatalogue.CATALOGUE;
import static io.inversionpicks.catalog.ShippedCatalogue.LINKS;
import static io.inversionpicks.catalog.ShippedCatalogue.version;
import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new version reuses the rendered products of the one it replaces only when nothing they show can differ: the same
 * product, the same retailers, programmes and disclosures, and none of its shown prices expired in between.
 */
class ReadModelReuseTest {

    private static final String EDITED = "teeter-fitspine-x3";
    private static final String UNCHANGED = "innova-itx9600";

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
                r.programme(), r.allowedHosts(), r.maxPriceAgeHours(), r.linkStyle())).toList();
        Catalogue changed = new Catalogue(CATALOGUE.categories(), renamed, CATALOGUE.programmes(),
                CATALOGUE.disclosures(), CATALOGUE.products(), CATALOGUE.ranking());

        ReadModel second = first.next(version(2), changed, NOW.plusSeconds(1));

        assertThat(view(second, UNCHANGED)).isNotSameAs(view(first, UNCHANGED));
        assertThat(view(second, UNCHANGED).offers()).allSatisfy(o -> assertThat(o.retailerName()).endsWith(" Store"));
    }

    @Test
    void onlyTheProductsShowingAnExpiredPriceAreRenderedAgain() {
        Instant expiry = first.validUntil();
        List<Product> showingIt = first.activeProducts().stream().filter(p -> shownUntil(first, p).equals(expiry))
                .toList();
        List<Product> others = first.activeProducts().stream().filter(p -> shownUntil(first, p).isAfter(expiry))
                .toList();
        assertThat(showingIt).isNotEmpty();
        assertThat(others).isNotEmpty();

        ReadModel later = first.next(version(2), CATALOGUE, expiry);

        assertThat(showingIt).allSatisfy(p -> {
            assertThat(later.view(p)).isNotSameAs(first.view(p));
            assertThat(later.view(p).offers()).noneMatch(o -> o.price() != null
                    && !Instant.parse(o.price().shownUntil()).isAfter(expiry));
        });
        assertThat(others).allSatisfy(p -> assertThat(later.view(p)).isSameAs(first.view(p)));
        assertThat(later.validUntil()).isAfter(expiry);
    }

    @Test
    void timeRunningBackwardsRendersEverythingAgain() {
        ReadModel earlier = first.next(version(2), CATALOGUE, NOW.minusSeconds(1));

        assertThat(view(earlier, UNCHANGED)).isNotSameAs(view(first, UNCHANGED));
    }

    /** When the first price a product shows expires; Instant.MAX if it shows none. */
    private static Instant shownUntil(ReadModel model, Product product) {
        return model.view(product).offers().stream().filter(o -> o.price() != null)
                .map(o -> Instant.parse(o.price().shownUntil())).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    private static ProductView view(ReadModel model, String id) {
        return model.view(model.product(id).orElseThrow());
    }

    private static Catalogue withRenamed(Catalogue catalogue, String id) {
        List<Product> products = catalogue.products().stream().map(p -> !p.id().equals(id) ? p
                : new Product(p.id(), p.status(), "Renamed", p.brand(), p.category(), p.summary(),
                p.beginnerFriendly(), p.experienceLevel(), p.lumbarSupport(), p.maxUserWeightKg(), p.userHeightCm(),
                p.maxInversionAngleDeg(), p.foldable(), p.footprintCm(), p.requires(), p.safetyFeatures(), p.goals(),
                p.pros(), p.cons(), p.offers(), p.sources())).toList();
        return new Catalogue(catalogue.categories(), catalogue.retailers(), catalogue.programmes(),
                catalogue.disclosures(), products, catalogue.ranking());
    }
}
