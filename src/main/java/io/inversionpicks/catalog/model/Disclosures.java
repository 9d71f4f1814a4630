package io.inversionpicks.catalog.model;

import java.util.Map;

/** The general affiliate disclosure, and the statement each programme requires (Amazon's, for instance). */
public record Disclosures(String general, Map<String, String> programmes) {

    public Disclosures {
        programmes = Map.copyOf(programmes);
    }
}
