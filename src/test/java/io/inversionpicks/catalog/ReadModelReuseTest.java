package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.catalog.view.ProductView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.inversionpicks.catalog.ShippedCatalogue.CATALOGUE;
import static io.inversionpicks.catalog.ShippedCatalogue.LINKS;
import static io.inversionpicks.catalog.ShippedCatalogue.NOW;
import static io.inversionpicks.catalog.ShippedCatalogue.version;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new version reuses the rendered products of the one it replaces only when nothing they show can differ: the same
 * product, the same retailers, programmes and disclosures, and no shown price expired in between.
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
}
