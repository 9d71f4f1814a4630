package io.inversionpicks.recommend;

import io.inversionpicks.catalog.model.Product;

import java.util.ArrayList;
import java.util.List;

/**
 * One product judged against one reader. A product with any exclusion is left out of the picks, and the reader is
 * told why; otherwise its score ranks it, and its reasons and cautions explain it.
 *
 * @param experiencedOnlyForNewcomer experienced-only equipment judged for a newcomer: never ranked first
 */
record Assessment(Product product, double score, List<String> reasons, List<String> cautions,
                  List<String> exclusions, boolean experiencedOnlyForNewcomer) {

    Assessment {
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
        exclusions = List.copyOf(exclusions);
    }

    boolean eligible() {
        return exclusions.isEmpty();
    }

    Assessment excludedBecause(String reason) {
        List<String> all = new ArrayList<>(exclusions);
        all.add(reason);
        return new Assessment(product, score, reasons, cautions, all, experiencedOnlyForNewcomer);
    }
}
