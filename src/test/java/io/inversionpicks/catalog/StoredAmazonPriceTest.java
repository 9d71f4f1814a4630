package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.AffiliateProgramme;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.PriceSource;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.OfferView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.inversionpicks.catalog.ShippedCatalogue.CATALOGUE;
import static io.inversionpicks.catalog.ShippedCatalogue.LINKS;
import static io.inversionpicks.catalog.ShippedCatalogue.version;
import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalogue version recorded by an older release (served from the database when the files are broken) has Amazon
 * prices typed in and programmes that say nothing about where prices come from. None of those prices is shown.
 */
class StoredAmazonPriceTest {

    @Test
    void anAmazonPriceFromAnOldStoredVersionIsNeverShown() {
        Offer.Price typedIn = new Offer.Price(new BigDecimal("99.99"), "USD", NOW.minusSeconds(60).toString());
        List<Product> products = CATALOGUE.products().stream().map(p -> new Product(p.id(), p.status(), p.name(),
                p.brand(), p.category(), p.summary(), p.beginnerFriendly(), p.experienceLevel(), p.lumbarSupport(),
                p.maxUserWeightKg(), p.userHeightCm(), p.maxInversionAngleDeg(), p.foldable(), p.footprintCm(),
                p.requires(), p.safetyFeatures(), p.goals(), p.pros(), p.cons(), p.offers().stream()
                .map(o -> o.retailer().equals("amazon") ? new Offer(o.retailer(), o.url(), typedIn) : o).toList(), p.sources()))
                .toList();
        List<AffiliateProgramme> silent = CATALOGUE.programmes().stream().map(p -> new AffiliateProgramme(p.id(),
                p.name(), p.tagParameter(), p.tagValue(), PriceSource.CATALOGUE)).toList();
        Catalogue old = new Catalogue(CATALOGUE.categories(), CATALOGUE.retailers(), silent, CATALOGUE.disclosures(),
                products, CATALOGUE.ranking());

        ReadModel model = new ReadModel(version(1), old, LINKS, NOW);

        List<OfferView> amazonOffers = model.activeProducts().stream().flatMap(p -> model.view(p).offers().stream())
                .filter(o -> o.retailer().equals("amazon")).toList();
        assertThat(amazonOffers).hasSizeGreaterThanOrEqualTo(10).allSatisfy(o -> {
            assertThat(o.price()).isNull();
            assertThat(o.priceNote()).isEqualTo("See the price at Amazon");
        });
    }
}
