package io.inversionpicks.catalog.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One product as an editor wrote it in {@code products/<id>.yaml}. Units are in the names. */
public record Product(
        String id,
        ProductStatus status,
        String name,
        String brand,
        String category,
        String summary,
        boolean beginnerFriendly,
        ExperienceLevel experienceLevel,
        boolean lumbarSupport,
        double maxUserWeightKg,
        Range userHeightCm,
        Integer maxInversionAngleDeg,
        boolean foldable,
        Footprint footprintCm,
        List<Equipment> requires,
        List<String> safetyFeatures,
        List<Goal> goals,
        List<String> pros,
        List<String> cons,
        List<Offer> offers,
        List<Source> sources) {

    public Product {
        status = status == null ? ProductStatus.ACTIVE : status;
        requires = copy(requires);
        safetyFeatures = copy(safetyFeatures);
        goals = copy(goals);
        pros = copy(pros);
        cons = copy(cons);
        offers = copy(offers);
        sources = copy(sources);
    }

    /** Null-tolerant so that a file with a missing list can still be checked for its other problems. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public boolean active() {
        return status == ProductStatus.ACTIVE;
    }

    /**
     * The lowest price written in the catalogue over all offers, whatever its age, or null when no offer carries one
     * (an offer at a programme whose prices come only from its API never does). Filters and sorting go by
     * {@code ReadModel.knownPrice}, which puts fetched prices first.
     */
    public BigDecimal lowestPrice() {
        // A loop, not a stream: sorting and price filters call this for every product of every uncached query.
        BigDecimal lowest = null;
        for (Offer offer : offers) {
            if (offer.price() != null && (lowest == null || offer.price().amount().compareTo(lowest) < 0)) {
                lowest = offer.price().amount();
            }
        }
        return lowest;
    }

    /** The same product with other offers: what readers see once offers with broken links are left out. */
    public Product withOffers(List<Offer> shown) {
        return new Product(id, status, name, brand, category, summary, beginnerFriendly, experienceLevel, lumbarSupport,
                maxUserWeightKg, userHeightCm, maxInversionAngleDeg, foldable, footprintCm, requires, safetyFeatures,
                goals, pros, cons, shown, sources);
    }

    public Optional<Offer> offerAt(String retailer) {
        return offers.stream().filter(o -> o.retailer().equals(retailer)).findFirst();
    }

    public boolean fitsHeightCm(double heightCm) {
        return userHeightCm.contains(heightCm);
    }

    public boolean supportsWeightKg(double weightKg) {
        return weightKg <= maxUserWeightKg;
    }

    public record Range(double min, double max) {
        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    public record Footprint(double length, double width, double height) {
    }

    /**
     * Where the product's facts come from: a manufacturer's page or manual, as an https URL, and what it supports
     * ("weight limit, height range"). {@code claims} lists the health or regulatory claims in the product's text
     * that this source backs, word for word ("FDA-registered"); the claims check accepts a flagged claim only when
     * a source lists it.
     */
    public record Source(String url, String supports, List<String> claims) {
        public Source {
            claims = claims == null ? List.of() : List.copyOf(claims);
        }
    }
}
