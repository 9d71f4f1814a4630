package io.inversionpicks.recommend;

import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.catalog.view.SafetyGuidance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Ranks the products for one reader, or screens the reader out with advice to see a doctor. */
@ApplicationScoped
public class RecommendationService {

    private final RecommendConfig config;

    public RecommendationService(RecommendConfig config) {
        this.config = config;
    }

    /**
     * The answer to one reader, from one published model. Products outside the candidate filters are not ranked and
     * not listed as excluded either: they were not chosen (by the blogger's widget options, say), which says nothing
     * about whether they fit the reader.
     */
    public Recommendations recommend(ReadModel model, RecommendationQuery query) {
        Profile profile = query.profile();
        String version = model.version().label();
        Optional<Advisory> advisory = Advisory.screen(profile.conditions(), profile.unrecognisedConditions());
        if (advisory.isPresent()) {
            // Screened out: no product, no link, and so no programme statement either.
            return new Recommendations(version, profile, advisory.get(), List.of(), List.of(), 0,
                    SafetyGuidance.STANDARD, model.disclosureFor(List.of()));
        }
        List<Product> candidates = model.activeProducts().stream().filter(query.candidates().filter()).toList();
        Recommender.Ranked ranked = Recommender.rank(model.catalogue().ranking(), profile, candidates,
                p -> model.view(p).price(), query.limit());
        List<RankedItem> items = IntStream.range(0, ranked.picks().size()).mapToObj(i -> {
            Assessment pick = ranked.picks().get(i);
            return new RankedItem(i + 1, pick.score(), model.view(pick.product()), pick.reasons(), pick.cautions());
        }).toList();
        List<ExcludedItem> excluded = ranked.excluded().stream().limit(config.maxExcluded()).map(a -> new ExcludedItem(a.product().id(),
                a.product().name(), a.product().category(), a.exclusions())).toList();
        List<ProductView> shown = items.stream().map(RankedItem::product).toList();
        return new Recommendations(version, profile, null, items, excluded, ranked.excluded().size(),
                SafetyGuidance.STANDARD,
                model.disclosureFor(shown));
    }
}
