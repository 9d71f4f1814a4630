package io.inversionpicks.catalog.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole, validated catalogue: what the files said, nothing derived. Immutable, so it can be shared by readers
 * while the next version is being loaded.
 */
public record Catalogue(
        List<Category> categories,
        List<Retailer> retailers,
        List<AffiliateProgramme> programmes,
        Disclosures disclosures,
        List<Product> products,
        Ranking ranking) {

    public Catalogue {
        // Versions stored before ranking.yaml existed have none; files without it are rejected by the loader.
        ranking = ranking == null ? Ranking.FALLBACK : ranking;
        categories = List.copyOf(categories);
        retailers = List.copyOf(retailers);
        programmes = List.copyOf(programmes);
        products = List.copyOf(products);
    }

    public Optional<Retailer> retailer(String id) {
        return retailers.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Map<String, Retailer> retailersById() {
        return retailers.stream().collect(Collectors.toUnmodifiableMap(Retailer::id, Function.identity()));
    }

    public Map<String, AffiliateProgramme> programmesById() {
        return programmes.stream().collect(Collectors.toUnmodifiableMap(AffiliateProgramme::id, Function.identity()));
    }
}
