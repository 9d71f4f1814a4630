package io.inversionpicks.compare;

import io.inversionpicks.common.ParamReader;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The products to compare, 2 to 4 distinct ids in the order asked for, since the table's columns follow it. */
public record ComparisonQuery(List<String> ids) {

    static final int MIN_PRODUCTS = 2;
    static final int MAX_PRODUCTS = 4;

    public ComparisonQuery {
        ids = List.copyOf(ids);
    }

    /** The {@code ids} parameter, repeated or comma-separated; a 400 problem names every mistake. */
    public static ComparisonQuery read(List<String> rawIds) {
        List<String> ids = ParamReader.split(rawIds);
        ParamReader in = new ParamReader();
        in.require(ids.size() >= MIN_PRODUCTS && ids.size() <= MAX_PRODUCTS, "ids",
                "give " + MIN_PRODUCTS + " to " + MAX_PRODUCTS + " product ids, comma-separated or repeated; got "
                        + ids.size());
        Set<String> seen = new LinkedHashSet<>();
        ids.stream().filter(id -> !seen.add(id)).distinct()
                .forEach(id -> in.require(false, "ids", "'" + id + "' is listed more than once"));
        in.throwIfInvalid();
        return new ComparisonQuery(ids);
    }
}
