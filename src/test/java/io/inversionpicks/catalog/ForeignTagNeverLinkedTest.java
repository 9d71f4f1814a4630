package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.FileLimits;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.click.RedirectTargets;
import io.inversionpicks.testing.ForeignAffiliateUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static io.inversionpicks.catalog.ShippedCatalogue.CATALOGUE;
import static io.inversionpicks.catalog.ShippedCatalogue.LINKS;
import static io.inversionpicks.catalog.ShippedCatalogue.version;
import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defence in depth, without the loader: a catalogue holding an offer URL with another party's parameter (as a version
 * recorded by an older release and served from the database could) never sends a reader there. The offer is not
 * linked at all; the product's other offers are.
 */
class ForeignTagNeverLinkedTest {

    private static final String PRODUCT = "innova-itx9600";

    static Stream<ForeignAffiliateUrls.Case> foreign() {
        return Stream.concat(ForeignAffiliateUrls.all().stream(), ForeignAffiliateUrls.amazonPaths().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreign")
    void theAffiliateUrlIsRefused(ForeignAffiliateUrls.Case foreign) {
        Offer offer = new Offer("amazon", foreign.url(), amazonOffer(CATALOGUE).price());

        assertThat(LINKS.affiliateUrl(CATALOGUE, offer)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreign")
    void theRedirectHasNoTargetForThatOfferOnly(ForeignAffiliateUrls.Case foreign) {
        RedirectTargets targets = redirectTargets(withAmazonUrl(foreign.url()));

        assertThat(targets.find(PRODUCT, "amazon")).isEmpty();
        assertThat(targets.whyMissing(PRODUCT, "amazon"))
                .isEqualTo("Product 'innova-itx9600' at 'amazon' can't be linked right now; offers: walmart");
        assertThat(targets.find(PRODUCT, "walmart")).hasValueSatisfying(
                t -> assertThat(t.url()).endsWith("?affid=inversionpicks"));
        assertThat(targets.find("teeter-fitspine-x3", "amazon")).hasValueSatisfying(
                t -> assertThat(t.url()).isEqualTo("https://www.amazon.com/dp/B07D5QXK4R?tag=inversionpicks-20"));
    }

    @Test
    void aCleanUrlGetsOurTagAndNoOther() {
        RedirectTargets targets = redirectTargets(withAmazonUrl("https://www.amazon.com/dp/B00J6PK1V6?th=1"));

        assertThat(targets.find(PRODUCT, "amazon")).hasValueSatisfying(t -> assertThat(t.url())
                .isEqualTo("https://www.amazon.com/dp/B00J6PK1V6?th=1&tag=inversionpicks-20"));
    }

    /** Only the file limits, which the service reads when it is made; nothing here loads files. */
    private static final CatalogueConfig DEFAULT_LIMITS = new CatalogueConfig() {
        @Override
        public Path path() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int keepVersions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Duration reloadTimeout() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean serveStoredAtRestart() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Limits limits() {
            return (Limits) Proxy.newProxyInstance(Limits.class.getClassLoader(), new Class<?>[]{Limits.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("fileLimits")) {
                            return FileLimits.DEFAULTS;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    };

    private static RedirectTargets redirectTargets(Catalogue catalogue) {
        ReadModel model = new ReadModel(version(1), catalogue, LINKS, NOW);
        CatalogueService serving = new CatalogueService(DEFAULT_LIMITS, null, LINKS, null, null) {
            @Override
            public ReadModel current() {
                return model;
            }
        };
        return new RedirectTargets(serving, LINKS);
    }

    private static Offer amazonOffer(Catalogue catalogue) {
        return catalogue.products().stream().filter(p -> p.id().equals(PRODUCT)).findFirst().orElseThrow()
                .offerAt("amazon").orElseThrow();
    }

    private static Catalogue withAmazonUrl(String url) {
        List<Product> products = CATALOGUE.products().stream().map(p -> !p.id().equals(PRODUCT) ? p
                : new Product(p.id(), p.status(), p.name(), p.brand(), p.category(), p.summary(),
                p.beginnerFriendly(), p.experienceLevel(), p.lumbarSupport(), p.maxUserWeightKg(), p.userHeightCm(),
                p.maxInversionAngleDeg(), p.foldable(), p.footprintCm(), p.requires(), p.safetyFeatures(), p.goals(),
                p.pros(), p.cons(), p.offers().stream().map(o -> !o.retailer().equals("amazon") ? o
                        : new Offer(o.retailer(), url, o.price())).toList(), p.sources())).toList();
        return new Catalogue(CATALOGUE.categories(), CATALOGUE.retailers(), CATALOGUE.programmes(),
                CATALOGUE.disclosures(), products, CATALOGUE.ranking());
    }
}
