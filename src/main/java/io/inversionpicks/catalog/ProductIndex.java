package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Indexes over one version's active products, so that a {@code /products} query nobody asked before does not filter
 * and sort the whole catalogue: the yes/no and list filters are precomputed bit sets (one AND each), the orders are
 * precomputed permutations, and only the products left by the bit sets are tested against the remaining filters
 * (price, the reader's size, text). Built once per version; immutable, so any number of readers share it.
 * Positions are indexes into the model's active products, which are in the default order.
 */
final class ProductIndex {

    /** One page of a query's matches, in the asked order, and how many there are in all. */
    record Matches(List<Product> page, int total) {
    }

    private final List<Product> products;
    private final Map<Boolean, BitSet> beginner;
    private final Map<Boolean, BitSet> lumbarSupport;
    private final Map<Boolean, BitSet> foldable;
    private final Map<String, BitSet> byCategory;
    private final Map<String, BitSet> byLowerCaseBrand;
    /**
     * Each product's lowest price, null for none; within a category's block of positions these ascend, the products
     * without a price last (the default order).
     */
    private final BigDecimal[] lowestPrice;
    private final Map<String, int[]> categoryBlocks;
    private final Sorted maxUserWeightKg;
    private final Sorted minUserHeightCm;
    private final Sorted maxUserHeightCm;
    /** Each order's permutation of positions, computed the first time a query asks for that order. */
    private final AtomicReferenceArray<int[]> orders = new AtomicReferenceArray<>(ProductSort.values().length);
    private final ReadModel model;

    ProductIndex(ReadModel model) {
        this.model = model;
        this.products = model.activeProducts();
        this.beginner = split(Product::beginnerFriendly);
        this.lumbarSupport = split(Product::lumbarSupport);
        this.foldable = split(Product::foldable);
        this.byCategory = groups(p -> p.category());
        this.byLowerCaseBrand = groups(p -> p.brand().toLowerCase(Locale.ROOT));
        this.lowestPrice = products.stream().map(model::knownPrice).toArray(BigDecimal[]::new);
        this.categoryBlocks = blocks();
        this.maxUserWeightKg = new Sorted(products, Product::maxUserWeightKg);
        this.minUserHeightCm = new Sorted(products, p -> p.userHeightCm().min());
        this.maxUserHeightCm = new Sorted(products, p -> p.userHeightCm().max());
    }

    /** The products matching {@code query}, in its order: the page it asks for and the total. */
    Matches find(ProductQuery query) {
        BitSet candidates = candidates(query);
        // Only a text search is left to test product by product.
        Predicate<Product> rest = query.text() == null ? null : p -> query.relevance(p) > 0;
        int from = (query.page() - 1) * query.size();
        if (query.text() != null && query.sort() == ProductSort.DEFAULT) {
            return byRelevance(query, candidates, rest, from);
        }
        int total = rest == null ? candidates.cardinality() : count(candidates, rest);
        List<Product> page = new ArrayList<>(Math.min(query.size(), Math.max(0, total - from)));
        int seen = 0;
        for (int position : order(query.sort())) {
            if (page.size() == query.size() || seen == total) {
                break;
            }
            if (candidates.get(position) && (rest == null || rest.test(products.get(position))) && seen++ >= from) {
                page.add(products.get(position));
            }
        }
        return new Matches(page, total);
    }

    /** Text matches in the name first, then the brand, then the summary; each group in the default order. */
    private Matches byRelevance(ProductQuery query, BitSet candidates, Predicate<Product> rest, int from) {
        List<List<Product>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            Product product = products.get(p);
            if (rest.test(product)) {
                groups.get(3 - query.relevance(product)).add(product);
            }
        }
        List<Product> all = groups.stream().flatMap(List::stream).toList();
        return new Matches(all.subList(Math.min(from, all.size()), Math.min(from + query.size(), all.size())),
                all.size());
    }

    private BitSet candidates(ProductQuery query) {
        BitSet all = new BitSet(products.size());
        all.set(0, products.size());
        if (query.beginner() != null) {
            all.and(beginner.get(query.beginner()));
        }
        if (query.lumbarSupport() != null) {
            all.and(lumbarSupport.get(query.lumbarSupport()));
        }
        if (query.foldable() != null) {
            all.and(foldable.get(query.foldable()));
        }
        if (!query.categories().isEmpty()) {
            all.and(anyOf(byCategory, query.categories()));
        }
        if (!query.brands().isEmpty()) {
            all.and(anyOf(byLowerCaseBrand, query.brands()));
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            all.and(priced(query.minPrice(), query.maxPrice()));
        }
        if (query.userWeightKg() != null) {
            all.and(maxUserWeightKg.atLeast(query.userWeightKg()));
        }
        if (query.userHeightCm() != null) {
            all.and(minUserHeightCm.atMost(query.userHeightCm()));
            all.and(maxUserHeightCm.atLeast(query.userHeightCm()));
        }
        return all;
    }

    /**
     * Within each category's block prices ascend, so the products in a price range are one run per category. A
     * product without a price is in no price range: nobody can say it is within a reader's budget.
     */
    private BitSet priced(BigDecimal min, BigDecimal max) {
        BitSet priced = new BitSet(products.size());
        for (int[] block : categoryBlocks.values()) {
            int from = min == null ? block[0] : firstPriced(block[0], block[1], min, false);
            int to = firstPriced(block[0], block[1], max, true);
            if (from < to) {
                priced.set(from, to);
            }
        }
        return priced;
    }

    /**
     * The first position in [from, to) priced above {@code bound}, or at or above it unless {@code strictly}; a
     * missing price counts as above every bound, and a null bound as above every price.
     */
    private int firstPriced(int from, int to, BigDecimal bound, boolean strictly) {
        int low = from;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            BigDecimal price = lowestPrice[middle];
            int c = price == null ? 1 : bound == null ? -1 : price.compareTo(bound);
            if (c > 0 || (c == 0 && !strictly)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private Map<String, int[]> blocks() {
        Map<String, int[]> blocks = new HashMap<>();
        for (int p = 0; p < products.size(); p++) {
            int position = p;
            blocks.computeIfAbsent(products.get(p).category(), c -> new int[]{position, position})[1] = p + 1;
        }
        return Map.copyOf(blocks);
    }

    private static BitSet anyOf(Map<String, BitSet> groups, Set<String> keys) {
        BitSet any = new BitSet();
        keys.forEach(key -> any.or(groups.getOrDefault(key, new BitSet())));
        return any;
    }

    private int count(BitSet candidates, Predicate<Product> rest) {
        int total = 0;
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            if (rest.test(products.get(p))) {
                total++;
            }
        }
        return total;
    }

    private int[] order(ProductSort sort) {
        int[] order = orders.get(sort.ordinal());
        if (order == null) {
            // Two first queries racing both sort; the results are identical, so either may win.
            Comparator<Integer> comparator = comparator(sort);
            order = IntStream.range(0, products.size()).boxed().sorted(comparator).mapToInt(Integer::intValue)
                    .toArray();
            orders.compareAndSet(sort.ordinal(), null, order);
        }
        return order;
    }

    private Comparator<Integer> comparator(ProductSort sort) {
        if (sort == ProductSort.NAME) {
            // Lower-cased once per product, not once per comparison.
            String[] names = products.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            return Comparator.<Integer, String>comparing(p -> names[p]).thenComparing(p -> products.get(p).id());
        }
        Comparator<Product> order = sort.comparator(model);
        return (a, b) -> order.compare(products.get(a), products.get(b));
    }

    private Map<Boolean, BitSet> split(Predicate<Product> property) {
        Map<Boolean, BitSet> split = new HashMap<>();
        split.put(true, positions(property));
        BitSet no = new BitSet(products.size());
        no.set(0, products.size());
        no.andNot(split.get(true));
        split.put(false, no);
        return Map.copyOf(split);
    }

    private BitSet positions(Predicate<Product> property) {
        BitSet set = new BitSet(products.size());
        for (int p = 0; p < products.size(); p++) {
            if (property.test(products.get(p))) {
                set.set(p);
            }
        }
        return set;
    }

    private Map<String, BitSet> groups(java.util.function.Function<Product, String> key) {
        Map<String, BitSet> groups = new HashMap<>();
        for (int p = 0; p < products.size(); p++) {
            groups.computeIfAbsent(key.apply(products.get(p)), k -> new BitSet(products.size())).set(p);
        }
        return Map.copyOf(groups);
    }

    /**
     * Positions ordered by one number, for "at least" and "at most" filters: a binary search finds the cut, and the
     * positions before it are a precomputed checkpoint plus at most one step of single bits, so a bound that keeps
     * most of a large catalogue costs a bit set copy, not a bit per product.
     */
    private static final class Sorted {

        private static final int CHECKPOINTS = 32;

        private final int[] positions;
        private final double[] values;
        private final int step;
        /** checkpoints[j]: the first j * step positions. */
        private final BitSet[] checkpoints;

        Sorted(List<Product> products, java.util.function.ToDoubleFunction<Product> value) {
            this.positions = IntStream.range(0, products.size()).boxed()
                    .sorted(Comparator.comparingDouble(p -> value.applyAsDouble(products.get(p))))
                    .mapToInt(Integer::intValue).toArray();
            this.values = Arrays.stream(positions).mapToDouble(p -> value.applyAsDouble(products.get(p))).toArray();
            this.step = Math.max(1, (positions.length + CHECKPOINTS - 1) / CHECKPOINTS);
            this.checkpoints = new BitSet[positions.length / step + 1];
            BitSet running = new BitSet(positions.length);
            for (int j = 0; j < checkpoints.length; j++) {
                checkpoints[j] = (BitSet) running.clone();
                for (int i = j * step; i < Math.min(positions.length, (j + 1) * step); i++) {
                    running.set(positions[i]);
                }
            }
        }

        BitSet atLeast(double bound) {
            BitSet below = firstPositions(first(bound, false));
            below.flip(0, positions.length);
            return below;
        }

        BitSet atMost(double bound) {
            return firstPositions(first(bound, true));
        }

        /** The first index whose value is above {@code bound}, or at or above it unless {@code strictly}. */
        private int first(double bound, boolean strictly) {
            int low = 0;
            int high = values.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[middle] > bound || (values[middle] == bound && !strictly)) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }

        private BitSet firstPositions(int count) {
            int checkpoint = count / step;
            BitSet set = (BitSet) checkpoints[checkpoint].clone();
            for (int i = checkpoint * step; i < count; i++) {
                set.set(positions[i]);
            }
            return set;
        }
    }
}
