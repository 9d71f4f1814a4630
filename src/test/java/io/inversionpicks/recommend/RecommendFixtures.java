package io.inversionpicks.recommend;

import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Ranking;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.catalog.view.Wording;
import io.inversionpicks.testing.Fixtures;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * The small test catalogue under {@code src/test/resources/catalogs/recommend-small}, read by the real loader, and
 * requests written the way a browser sends them.
 */
final class RecommendFixtures {

    static final Catalogue SMALL = load("catalogs/recommend-small");

    private RecommendFixtures() {
    }

    static Path folder(String resource) {
        try {
            return Path.of(RecommendFixtures.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Catalogue load(String resource) {
        LoadResult result = new CatalogueLoader().load(folder(resource), Fixtures.NOW);
        return assertThat(result).as(() -> result instanceof LoadResult.Invalid invalid
                ? invalid.report() : "").asInstanceOf(type(LoadResult.Loaded.class)).actual().catalogue();
    }

    /** Parses {@code experience=new&goals=posture,flexibility} exactly as the endpoint does. */
    static RecommendationQuery query(String queryString) {
        RecommendationParams params = new RecommendationParams();
        List<String> goals = new ArrayList<>();
        List<String> has = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        params.goals = goals;
        params.has = has;
        params.conditions = conditions;
        for (String pair : queryString.isBlank() ? new String[0] : queryString.split("&")) {
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            switch (name) {
                case "experience" -> params.experience = value;
                case "goals" -> goals.add(value);
                case "maxPrice" -> params.maxPrice = value;
                case "space" -> params.space = value;
                case "heightCm" -> params.heightCm = value;
                case "heightIn" -> params.heightIn = value;
                case "weightKg" -> params.weightKg = value;
                case "weightLb" -> params.weightLb = value;
                case "has" -> has.add(value);
                case "conditions" -> conditions.add(value);
                case "limit" -> params.limit = value;
                default -> throw new IllegalArgumentException("no such parameter in the test: " + name);
            }
        }
        return params.toQuery(List.of(), new RecommendConfig() {
            @Override
            public int defaultLimit() {
                return 5;
            }

            @Override
            public int maxLimit() {
                return 20;
            }

            @Override
            public int maxExcluded() {
                return 50;
            }
        });
    }

    static Recommender.Ranked rank(String queryString) {
        return rank(SMALL.ranking(), queryString);
    }

    static Recommender.Ranked rank(Ranking ranking, String queryString) {
        RecommendationQuery query = query(queryString);
        return Recommender.rank(ranking, query.profile(), SMALL.products(), RecommendFixtures::shownPrice,
                query.limit());
    }

    static Assessment assess(String queryString, String productId) {
        Product product = SMALL.products().stream().filter(p -> p.id().equals(productId)).findFirst().orElseThrow();
        return new ProductAssessor(SMALL.ranking(), query(queryString).profile(), RecommendFixtures::shownPrice)
                .assess(product);
    }

    /** The price a reader may see at the fixed test instant: hidden once older than the retailer allows. */
    static PriceView shownPrice(Product product) {
        Offer offer = product.offers().stream().filter(o -> o.price() != null).findFirst().orElse(null);
        if (offer == null) {
            return null;
        }
        Retailer retailer = SMALL.retailer(offer.retailer()).orElseThrow();
        Instant expiry = offer.price().asOfInstant().plus(Duration.ofHours(retailer.maxPriceAgeHours()));
        return Fixtures.NOW.isBefore(expiry) ? new PriceView(offer.price().amount(), offer.price().currency(),
                offer.price().asOf(), PriceView.asOfDisplay(offer.price().asOfInstant()), offer.retailer(),
                retailer.name(),
                Wording.money(offer.price().amount(), offer.price().currency()), expiry.toString(), null) : null;
    }

    static List<String> ids(List<Assessment> assessments) {
        return assessments.stream().map(a -> a.product().id()).toList();
    }
}
