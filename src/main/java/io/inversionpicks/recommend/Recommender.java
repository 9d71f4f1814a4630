package io.inversionpicks.recommend;

import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Ranking;
import io.inversionpicks.catalog.view.PriceView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks the products that fit a reader and lists the ones that don't. The order is deterministic: newcomer safety
 * first, then score, then id.
 */
final class Recommender {

    /**
     * Experienced-only equipment goes after everything else for a newcomer, whatever its score: the guarantee that
     * it is never their first pick must not depend on ranking.yaml's weights.
     */
    static final Comparator<Assessment> ORDER = Comparator.comparing(Assessment::experiencedOnlyForNewcomer)
            .thenComparing(Comparator.comparingDouble(Assessment::score).reversed())
            .thenComparing(a -> a.product().id());

    /** The outcome: picks in rank order (already cut to the limit) and every excluded product, by id. */
    record Ranked(List<Assessment> picks, List<Assessment> excluded) {
    }

    private Recommender() {
    }

    static Ranked rank(Ranking ranking, Profile profile, List<Product> products,
                       Function<Product, PriceView> shownPrice, int limit) {
        ProductAssessor assessor = new ProductAssessor(ranking, profile, shownPrice);
        List<Assessment> eligible = new ArrayList<>();
        List<Assessment> excluded = new ArrayList<>();
        for (Product product : products) {
            Assessment assessment = assessor.assess(product);
            (assessment.eligible() ? eligible : excluded).add(assessment);
        }
        eligible.sort(ORDER);
        if (!eligible.isEmpty() && eligible.get(0).experiencedOnlyForNewcomer()) {
            // Nothing else fits this newcomer, so experienced-only equipment would come first: rule it out instead.
            eligible.forEach(a -> excluded.add(a.excludedBecause(ProductAssessor.EXPERIENCED_ONLY_FOR_NEWCOMER)));
            eligible.clear();
        }
        excluded.sort(Comparator.comparing(a -> a.product().id()));
        return new Ranked(List.copyOf(eligible.subList(0, Math.min(limit, eligible.size()))), List.copyOf(excluded));
    }
}
