package io.inversionpicks.catalog.model;

import java.math.BigDecimal;
import java.util.Comparator;
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
        List<Offer> offers) {

    public Product {
        status = status == null ? ProductStatus.ACTIVE : status;
        requires = copy(requires);
        safetyFeatures = copy(safetyFeatures);
        goals = copy(goals);
        pros = copy(pros);
        cons = copy(cons);
        offers = copy(offers);
    }

    /** Null-tolerant so that a file with a missing list can still be checked for its other problems. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public boolean active() {
        return status == ProductStatus.ACTIVE;
    }

    /** The lowest listed price over all offers, whatever its age: what price filters and sorting use. */
    public BigDecimal lowestPrice() {
        return offers.stream().map(o -> o.price().amount()).min(Comparator.naturalOrder()).orElseThrow();
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
}
