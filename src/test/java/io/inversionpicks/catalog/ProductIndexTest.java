package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Category;
import io.inversionpicks.catalog.model.Product;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.inversionpicks.catalog.ShippedCatalogue.CATALOGUE;
import static io.inversionpicks.catalog.ShippedCatalogue.LINKS;
import static io.inversionpicks.catalog.ShippedCatalogue.version;
import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index answers every query exactly as filtering and sorting the whole catalogue does: the same products, in the
 * same order, on the same page, with the same total. Thousands of random queries over a catalogue with many ties
 * (copies of the shipped products with the same prices) and brands and names that differ only in case.
 */
class ProductIndexTest {

    private static final ReadModel MODEL = new ReadModel(version(1), copies(CATALOGUE, 20), LINKS, NOW);
    /** Some at a product's exact limit, where "fits" must include the limit itself. */
    private static final List<Double> WEIGHTS = Stream.concat(Stream.of(60.0, 100.5,
            200.0), MODEL.activeProducts().stream().map(Product::maxUserWeightKg).distinct().limit(5)).toList();
    private static final List<Double> HEIGHTS = Stream.concat(Stream.of(120.0, 175.5,
            230.0), MODEL.activeProducts().stream().flatMap(p -> Stream.of(p.userHeightCm().min(),
            p.userHeightCm().max())).distinct().limit(6)).toList();
    private static final List<String> BRANDS = List.of("teeter", "innova", "brand1", "brand2", "no-such-brand");
    private static final List<String> TEXTS = List.of("teeter", "boot", "x", "inversion", "zzz", "TABLE");
    /** Round bounds, and the exact prices of some products: a price equal to the bound is in the range. */
    private static final List<BigDecimal> PRICES = Stream.concat(
            Stream.of("100", "150", "199.99", "300", "1000").map(BigDecimal::new),
            MODEL.activeProducts().stream().map(MODEL::knownPrice).distinct().limit(8)).toList();

    @Test
    void everyRandomQueryMatchesFilteringAndSortingTheWholeCatalogue() {
        Random random = new Random(20261124);
        for (int i = 0; i < 5_000; i++) {
            ProductQuery query = randomQuery(random);

            ProductIndex.Matches indexed = MODEL.index().find(query);
            List<Product> all = reference(query);

            int from = Math.min((query.page() - 1) * query.size(), all.size());
            List<Product> page = all.subList(from, Math.min(from + query.size(), all.size()));
            assertThat(ids(indexed.page())).as("%s", query).isEqualTo(ids(page));
            assertThat(indexed.total()).as("%s", query).isEqualTo(all.size());
        }
    }

    @Test
    void theCatalogueUnderTestHasTheTiesAndCasesTheQueriesAreMeantToMeet() {
        List<Product> active = MODEL.activeProducts();

        assertThat(active).hasSizeGreaterThan(200);
        assertThat(active.stream().map(MODEL::knownPrice).distinct().count()).isLessThan(active.size() / 5);
        assertThat(active.stream().map(Product::brand).filter(b -> b.equals(b.toUpperCase(Locale.ROOT)))).isNotEmpty();
        assertThat(reference(query(null, null, "teeter", ProductSort.DEFAULT, 1, 100))).isNotEmpty();
    }

    /** How /products answered before the index: filter everything, sort everything. */
    private static List<Product> reference(ProductQuery query) {
        Comparator<Product> order = query.sort().comparator(MODEL);
        if (query.text() != null && query.sort() == ProductSort.DEFAULT) {
            order = Comparator.comparingInt(query::relevance).reversed().thenComparing(order);
        }
        return MODEL.activeProducts().stream().filter(query.filter(MODEL)).sorted(order).toList();
    }

    private static ProductQuery randomQuery(Random random) {
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> brands = new TreeSet<>();
        if (random.nextInt(3) == 0) {
            MODEL.categoryIds().stream().filter(c -> random.nextBoolean()).forEach(categories::add);
        }
        if (random.nextInt(3) == 0) {
            BRANDS.stream().filter(b -> random.nextBoolean()).forEach(brands::add);
        }
        BigDecimal min = random.nextInt(4) == 0 ? pick(random, PRICES) : null;
        BigDecimal max = random.nextInt(3) == 0 ? pick(random, PRICES) : null;
        return new ProductQuery(bool(random), categories, bool(random), bool(random), brands,
                min, max, random.nextInt(4) == 0 ? pick(random, WEIGHTS) : null,
                random.nextInt(4) == 0 ? pick(random, HEIGHTS) : null,
                random.nextInt(4) == 0 ? pick(random, TEXTS) : null,
                pick(random, List.of(ProductSort.values())), 1 + random.nextInt(4),
                pick(random, List.of(1, 3, 10, 100)));
    }

    private static ProductQuery query(Boolean beginner, BigDecimal maxPrice, String text, ProductSort sort, int page,
                                      int size) {
        return new ProductQuery(beginner, new TreeSet<>(), null, null, new TreeSet<>(), null, maxPrice, null, null,
                text, sort, page, size);
    }

    private static Boolean bool(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> true;
            case 1 -> false;
            default -> null;
        };
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> ids(List<Product> products) {
        return products.stream().map(Product::id).toList();
    }

    /** n copies of every product: same prices (ties), and brand, name and flags varied per copy. */
    private static Catalogue copies(Catalogue catalogue, int n) {
        List<Product> products = new ArrayList<>();
        for (Product p : catalogue.products()) {
            IntStream.range(0, n).forEach(k -> products.add(new Product(p.id() + "-" + k, p.status(),
                    k % 2 == 0 ? p.name() : p.name().toLowerCase(Locale.ROOT), switch (k % 4) {
                        case 0 -> p.brand();
                        case 1 -> p.brand().toUpperCase(Locale.ROOT);
                        default -> "Brand" + (k % 4);
                    }, p.category(), p.summary(), (k % 2 == 1) != p.beginnerFriendly(), p.experienceLevel(),
                    (k % 3 == 1) != p.lumbarSupport(), p.maxUserWeightKg(), p.userHeightCm(),
                    p.maxInversionAngleDeg(), (k % 5 == 2) != p.foldable(), p.footprintCm(), p.requires(),
                    p.safetyFeatures(), p.goals(), p.pros(), p.cons(), p.offers(), p.sources())));
        }
        List<String> used = products.stream().map(Product::category).distinct().toList();
        List<Category> categories = catalogue.categories().stream().filter(c -> used.contains(c.id())).toList();
        return new Catalogue(categories, catalogue.retailers(), catalogue.programmes(), catalogue.disclosures(),
                products, catalogue.ranking());
    }
}
