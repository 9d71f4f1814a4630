package io.inversionpicks.recommend;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ProductQuery;
import io.inversionpicks.catalog.ProductService;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.model.Goal;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Slugged;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.CachedJson;
import io.inversionpicks.common.ParamReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Answers {@code GET /recommendations} from the published read model; answers are cached per catalogue version. */
@ApplicationScoped
public class RecommendationService {

    private final CatalogueService catalogue;
    private final ProductService products;
    private final RecommendConfig config;

    public RecommendationService(CatalogueService catalogue, ProductService products, RecommendConfig config) {
        this.catalogue = catalogue;
        this.products = products;
        this.config = config;
    }

    /** A response cache key: the reader's profile and limit, and the filters that narrow the candidates. */
    private record Asked(RecommendationQuery query, ProductQuery candidates) {
    }

    /** @param rawQuery the request's query string as sent, so that a repeated request is answered unparsed */
    public CachedJson recommend(RecommendationParams params, String rawQuery) {
        ReadModel model = catalogue.current();
        return model.cachedForRequest("/recommendations?" + rawQuery, () -> {
            Asked asked = asked(params, model);
            return model.cached(asked, () -> products.serialise(answer(model, asked)));
        });
    }

    /** The same answer as {@link #recommend}, as objects: for pages rendered on the server (the widget). */
    public Recommendations recommendations(RecommendationParams params) {
        ReadModel model = catalogue.current();
        return answer(model, asked(params, model));
    }

    /** With a reported condition nothing is ranked, so the filters are not read and can't turn the advice into a 400. */
    private Asked asked(RecommendationParams params, ReadModel model) {
        RecommendationQuery query = parse(params);
        return new Asked(query, query.profile().reportsCondition() ? ProductQuery.all()
                : ProductService.candidates(params, model));
    }

    /**
     * Products outside the candidate filters are not ranked and not listed as excluded either: they were not chosen
     * (by the blogger's widget options, say), which says nothing about whether they fit the reader.
     */
    private Recommendations answer(ReadModel model, Asked asked) {
        RecommendationQuery query = asked.query();
        Profile profile = query.profile();
        String version = model.version().label();
        Optional<Advisory> advisory = Advisory.screen(profile.conditions(), profile.unrecognisedConditions());
        if (advisory.isPresent()) {
            // Screened out: no product, no link, and so no programme statement either.
            return new Recommendations(version, profile, advisory.get(), List.of(), List.of(), 0,
                    SafetyGuidance.STANDARD, model.disclosureFor(List.of()));
        }
        List<Product> candidates = model.activeProducts().stream().filter(asked.candidates().filter()).toList();
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

    RecommendationQuery parse(RecommendationParams p) {
        ParamReader in = new ParamReader();
        String experience = in.choice("experience", p.experience, Slugged.slugs(ExperienceLevel.class));
        Collection<String> goals = in.choices("goals", p.goals, Slugged.slugs(Goal.class));
        BigDecimal maxPrice = in.decimal("maxPrice", p.maxPrice, BigDecimal.ZERO, ProductService.MAX_PRICE);
        String space = in.choice("space", p.space, Slugged.slugs(Space.class));
        Double heightCm = in.heightCm(p.heightCm, p.heightIn);
        Double weightKg = in.weightKg(p.weightKg, p.weightLb);
        Collection<String> has = in.choices("has", p.has, Slugged.slugs(Equipment.class));
        ReportedConditions reported = ReportedConditions.read(p.conditions);
        int limit = in.integer("limit", p.limit, 1, config.maxLimit(), config.defaultLimit());
        if (!reported.any()) {
            // A reader who reported a condition gets the advice whatever else is amiss: an error would withhold it.
            // The answer then depends on the conditions alone, and the fields that did parse are echoed as usual.
            in.throwIfInvalid();
        }
        Profile profile = new Profile(experience == null ? null : bySlug(ExperienceLevel.class, experience),
                allBySlug(Goal.class, goals), maxPrice, space == null ? null : bySlug(Space.class, space),
                heightCm, weightKg, allBySlug(Equipment.class, has), reported.recognised(), reported.unrecognised());
        return new RecommendationQuery(profile, limit);
    }

    private static <E extends Enum<E> & Slugged> E bySlug(Class<E> type, String slug) {
        return Slugged.fromSlug(type, slug).orElseThrow();
    }

    private static <E extends Enum<E> & Slugged> List<E> allBySlug(Class<E> type, Collection<String> slugs) {
        return slugs.stream().map(s -> bySlug(type, s)).toList();
    }
}
