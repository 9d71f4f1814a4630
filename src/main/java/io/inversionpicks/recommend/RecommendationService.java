package io.inversionpicks.recommend;

import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.OfferView;
import io.inversionpicks.catalog.view.ProductCaution;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.catalog.view.SafetyGuidance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Ranks the products for one reader, or screens the reader out with advice to see a doctor. A reader who reported only
 * precautions gets products, each cautioned to ask a doctor first; some products carry cautions of their own
 * ({@link ProductCaution}).
 */
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
        List<ConditionDetail> precautions = ConditionDetail.of(profile.precautions());
        if (advisory.isPresent()) {
            // Screened out: no product, no link, and so no programme statement either.
            return new Recommendations(version, profile, advisory.get(), precautions, List.of(), List.of(), 0,
                    SafetyGuidance.STANDARD, model.disclosureFor(List.of()));
        }
        List<String> askFirst = profile.precautions().stream().map(RecommendationService::askYourDoctor).toList();
        List<Product> candidates = model.activeProducts().stream().filter(query.candidates().filter(model)).toList();
        // Everything that fits is ranked, so that products no retailer can sell now can move behind the rest.
        Recommender.Ranked ranked = Recommender.rank(model.catalogue().ranking(), profile, candidates,
                p -> model.view(p).price(), Math.max(1, candidates.size()));
        List<Assessment> picks = availableFirst(model, ranked.picks()).stream().limit(query.limit()).toList();
        List<RankedItem> items = IntStream.range(0, picks.size()).mapToObj(i -> {
            Assessment pick = picks.get(i);
            ProductView view = model.view(pick.product());
            List<String> cautions = new ArrayList<>(askFirst);
            cautions.addAll(ProductCaution.forProduct(view.category(), view.requires()));
            cautions.addAll(pick.cautions());
            return new RankedItem(i + 1, pick.score(), view, pick.reasons(), unavailable(view)
                    ? cautionedAsUnavailable(view, cautions) : cautions);
        }).toList();
        List<ExcludedItem> excluded = ranked.excluded().stream().limit(config.maxExcluded()).map(a -> new ExcludedItem(a.product().id(),
                a.product().name(), a.product().category(), a.exclusions())).toList();
        List<ProductView> shown = items.stream().map(RankedItem::product).toList();
        return new Recommendations(version, profile, null, precautions, items, excluded, ranked.excluded().size(),
                SafetyGuidance.STANDARD,
                model.disclosureFor(shown));
    }

    /** The caution a precaution puts on every pick, first of its cautions. */
    static String askYourDoctor(Condition precaution) {
        return "Ask your doctor first, as you told us about " + precaution.label() + ": " + precaution.why();
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
