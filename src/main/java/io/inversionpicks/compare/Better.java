package io.inversionpicks.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which value of a row is best, where "better" means something: a lower price, a higher weight limit. */
enum Better {
    NONE, LOWEST, HIGHEST;

    /**
     * Positions of the best value, ties included. Empty when better isn't meaningful, or when fewer than two products
     * have a value to compare or all of them are equal: a mark must tell the reader something.
     */
    List<Integer> best(List<Double> measures) {
        List<Double> known = measures.stream().filter(Objects::nonNull).toList();
        if (this == NONE || known.stream().distinct().count() < 2) {
            return List.of();
        }
        double target = this == LOWEST ? known.stream().min(Double::compare).orElseThrow()
                : known.stream().max(Double::compare).orElseThrow();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i) != null && measures.get(i) == target) {
                positions.add(i);
            }
        }
        return positions;
    }
}
