package io.inversionpicks.recommend;

import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.OfferView;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.catalog.view.SafetyGuidance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<Product> candidates = model.activeProducts().stream().filter(query.candidates().filter(model)).toList();
        // Everything that fits is ranked, so that products no retailer can sell now can move behind the rest.
        Recommender.Ranked ranked = Recommender.rank(model.catalogue().ranking(), profile, candidates,
                p -> model.view(p).price(), Math.max(1, candidates.size()));
        List<Assessment> picks = availableFirst(model, ranked.picks()).stream().limit(query.limit()).toList();
        List<RankedItem> items = IntStream.range(0, picks.size()).mapToObj(i -> {
            Assessment pick = picks.get(i);
            ProductView view = model.view(pick.product());
            return new RankedItem(i + 1, pick.score(), view, pick.reasons(), unavailable(view)
                    ? cautionedAsUnavailable(view, pick.cautions()) : pick.cautions());
        }).toList();
        List<ExcludedItem> excluded = ranked.excluded().stream().limit(config.maxExcluded()).map(a -> new ExcludedItem(a.product().id(),
                a.product().name(), a.product().category(), a.exclusions())).toList();
        List<ProductView> shown = items.stream().map(RankedItem::product).toList();
        return new Recommendations(version, profile, null, items, excluded, ranked.excluded().size(),
                SafetyGuidance.STANDARD,
                model.disclosureFor(shown));
    }

    /**
     * The picks in rank order, those that no retailer can sell now (out of stock everywhere) after the rest, but
     * experienced-only equipment for a newcomer still last of all: never the first pick, whatever is in stock.
     */
    private static List<Assessment> availableFirst(ReadModel model, List<Assessment> picks) {
        return picks.stream().sorted(Comparator.comparing(Assessment::experiencedOnlyForNewcomer)
                .thenComparing(pick -> unavailable(model.view(pick.product())))).toList();
    }

    private static boolean unavailable(ProductView view) {
        return !view.offers().isEmpty()
                && view.offers().stream().allMatch(offer -> OfferView.OUT_OF_STOCK.equals(offer.availability()));
    }

    private static List<String> cautionedAsUnavailable(ProductView view, List<String> cautions) {
        List<String> all = new ArrayList<>(cautions);
        all.add(0, view.offers().get(0).priceNote() + ", so it is ranked after the products you can buy now");
        return List.copyOf(all);
    }
}
