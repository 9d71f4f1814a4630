package io.inversionpicks.compare;

import java.util.List;

/**
 * What is left of a comparison chosen earlier (for a blog post) once some of its products are retired or removed:
 * the comparison of the products still available, in the order asked for, and the ones left out.
 */
public record RemainingComparison(Comparison comparison, List<Unavailable> unavailable) {

    public RemainingComparison {
        unavailable = List.copyOf(unavailable);
    }

    /** @param retiredName the product's name if it is retired; null if the catalogue no longer has the id at all */
    public record Unavailable(String id, String retiredName) {
    }
}
