package io.inversionpicks.catalog.model;

/**
 * How {@code GET /recommendations} scores products, as editors tuned it in {@code ranking.yaml}. A product's score is
 * {@code baseScore} plus the bonuses that apply to it, minus the penalties, kept between 0 and 100.
 * <p>
 * Health screening is deliberately not here: which conditions rule out inversion is enforced in code, so no edit
 * of this file can switch it off.
 */
public record Ranking(double baseScore, Bonuses bonuses, Penalties penalties, Rules rules) {

    /**
     * Used only for a catalogue version recorded before ranking.yaml existed (read back from the database), so an
     * old stored version still serves; every catalogue loaded from files has its own ranking.yaml.
     */
    public static final Ranking FALLBACK = new Ranking(50,
            new Bonuses(10, 10, 10, 5, 5, 5, 5, 5, 5),
            new Penalties(10, 15, 5, 2),
            new Rules(90, 10, 0.5, NewcomerPolicy.CAUTION));

    /** Points added, each when its condition holds. */
    public record Bonuses(
            double goalMatched,
            double lumbarSupportForBackPain,
            double matchesExperience,
            double gentleAngleForNewcomers,
            double fitsHeight,
            double supportsWeight,
            double withinBudget,
            double suitsSmallSpace,
            double usesEquipmentYouHave) {
    }

    /** Points taken away, written as positive numbers so a sign typo can't turn a penalty into a bonus. */
    public record Penalties(
            double goalMissed,
            double perExperienceLevelAbove,
            double nearWeightLimit,
            double per100OfPrice) {
    }

    /**
     * Thresholds behind the bonuses, penalties and exclusions.
     *
     * @param gentleAngleMaxDeg          a product whose angle stops at or below this is gentle enough for newcomers
     * @param nearWeightLimitKg          less spare capacity than this earns a caution
     * @param smallSpaceMaxFootprintM2   with {@code space=small}, a product that does not fold must fit in this area
     * @param experiencedOnlyForNewcomers whether newcomers see experienced-only products with a caution or excluded
     */
    public record Rules(
            int gentleAngleMaxDeg,
            double nearWeightLimitKg,
            double smallSpaceMaxFootprintM2,
            NewcomerPolicy experiencedOnlyForNewcomers) {
    }
}
