package io.inversionpicks.recommend;

import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.model.Goal;
import io.inversionpicks.catalog.model.NewcomerPolicy;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Ranking;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.catalog.view.Wording;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Judges products against one reader's profile with the catalogue's ranking weights. Every point it gives or takes
 * comes with a sentence built from the product's data, so the score never says something the reasons don't.
 * Pure: no CDI, so the scoring is unit-tested over a small catalogue.
 */
final class ProductAssessor {

    static final String EXPERIENCED_ONLY_FOR_NEWCOMER =
            "Recommended for experienced users only; not for someone new to inversion";

    private final Ranking ranking;
    private final Profile profile;
    private final Function<Product, PriceView> shownPrice;

    /** @param shownPrice the price a reader may be shown now; null when every listed price is too old to show */
    ProductAssessor(Ranking ranking, Profile profile, Function<Product, PriceView> shownPrice) {
        this.ranking = ranking;
        this.profile = profile;
        this.shownPrice = shownPrice;
    }

    Assessment assess(Product product) {
        Tally tally = new Tally(ranking.baseScore());
        goals(product, tally);
        experience(product, tally);
        height(product, tally);
        weight(product, tally);
        BigDecimal price = budget(product, tally);
        space(product, tally);
        equipment(product, tally);
        if (price != null) {
            tally.add(-ranking.penalties().per100OfPrice() * price.doubleValue() / 100, null);
        }
        boolean newcomerMismatch = profile.experience() == ExperienceLevel.NEW
                && product.experienceLevel() == ExperienceLevel.EXPERIENCED;
        if (newcomerMismatch && ranking.rules().experiencedOnlyForNewcomers() == NewcomerPolicy.EXCLUDE) {
            tally.exclusions.add(EXPERIENCED_ONLY_FOR_NEWCOMER);
        }
        return new Assessment(product, tally.score(), tally.reasons, tally.cautions, tally.exclusions,
                newcomerMismatch);
    }

    private void goals(Product product, Tally tally) {
        for (Goal goal : profile.goals()) {
            if (product.goals().contains(goal)) {
                tally.add(ranking.bonuses().goalMatched(), "Made for " + goal.label());
            } else {
                tally.add(-ranking.penalties().goalMissed(), null);
                tally.cautions.add("Not designed for " + goal.label());
            }
        }
        if (profile.goals().contains(Goal.BACK_PAIN_RELIEF) && product.lumbarSupport()) {
            tally.add(ranking.bonuses().lumbarSupportForBackPain(), "Lumbar support for lower-back relief");
        }
    }

    private void experience(Product product, Tally tally) {
        ExperienceLevel reader = profile.experience();
        ExperienceLevel needs = product.experienceLevel();
        if (reader == null) {
            if (needs != ExperienceLevel.NEW) {
                tally.cautions.add(cautionFor(needs));
            }
            return;
        }
        int levelsAbove = needs.ordinal() - reader.ordinal();
        if (levelsAbove == 0) {
            tally.add(ranking.bonuses().matchesExperience(), matchFor(needs));
        } else if (levelsAbove > 0) {
            tally.add(-ranking.penalties().perExperienceLevelAbove() * levelsAbove, null);
            tally.cautions.add(cautionFor(needs));
        }
        Integer angle = product.maxInversionAngleDeg();
        if (reader == ExperienceLevel.NEW && angle != null && angle <= ranking.rules().gentleAngleMaxDeg()) {
            tally.add(ranking.bonuses().gentleAngleForNewcomers(),
                    "Tilts no further than " + angle + " degrees, gentle for first sessions");
        }
    }

    private static String matchFor(ExperienceLevel level) {
        return switch (level) {
            case NEW -> "Suited to beginners";
            case SOME -> "Suited to users with some inversion experience";
            case EXPERIENCED -> "Made for experienced users like you";
        };
    }

    private static String cautionFor(ExperienceLevel level) {
        return level == ExperienceLevel.EXPERIENCED ? "Recommended for experienced users"
                : "Best with some inversion experience";
    }

    private void height(Product product, Tally tally) {
        Double height = profile.heightCm();
        if (height == null) {
            return;
        }
        String detail = " (" + Wording.number(height) + " cm; supports " + Wording.range(product.userHeightCm())
                + " cm)";
        if (product.fitsHeightCm(height)) {
            tally.add(ranking.bonuses().fitsHeight(), "Fits your height" + detail);
        } else {
            tally.exclusions.add("Outside the height range" + detail);
        }
    }

    private void weight(Product product, Tally tally) {
        Double weight = profile.weightKg();
        if (weight == null) {
            return;
        }
        String limit = Wording.number(product.maxUserWeightKg()) + " kg";
        if (!product.supportsWeightKg(weight)) {
            tally.exclusions.add("Over the weight limit (" + Wording.number(weight) + " kg; supports up to " + limit
                    + ")");
            return;
        }
        tally.add(ranking.bonuses().supportsWeight(),
                "Supports your weight (" + Wording.number(weight) + " kg; up to " + limit + ")");
        if (product.maxUserWeightKg() - weight < ranking.rules().nearWeightLimitKg()) {
            tally.add(-ranking.penalties().nearWeightLimit(), null);
            tally.cautions.add("Close to its weight limit of " + limit);
        }
    }

    /**
     * @return the price the product is judged by: the one shown now, or the last listed one if none can be shown;
     * null when no price is known at all (Amazon's come only from its API), which neither counts for nor against it
     */
    private BigDecimal budget(Product product, Tally tally) {
        PriceView shown = shownPrice.apply(product);
        BigDecimal price = shown != null ? shown.amount() : product.lowestPrice();
        BigDecimal budget = profile.maxPrice();
        if (budget == null) {
            return price;
        }
        if (price == null) {
            tally.cautions.add("No price is listed here to check against your budget; see the price at "
                    + "the retailer");
            return null;
        }
        String currency = product.offers().stream().filter(o -> o.price() != null).findFirst().orElseThrow()
                .price().currency();
        if (price.compareTo(budget) <= 0) {
            tally.add(ranking.bonuses().withinBudget(), shown != null
                    ? "Within your budget (" + Wording.price(shown) + ")"
                    : "Last listed within your budget of " + Wording.money(budget, currency)
                    + "; check the current price at the retailer");
        } else {
            tally.exclusions.add(shown != null
                    ? "Over your budget (" + Wording.price(shown) + "; budget " + Wording.money(budget, currency) + ")"
                    : "Over your budget of " + Wording.money(budget, currency) + " at its last listed price");
        }
        return price;
    }

    private void space(Product product, Tally tally) {
        if (!profile.smallSpace()) {
            return;
        }
        Product.Footprint footprint = product.footprintCm();
        if (product.foldable()) {
            tally.add(ranking.bonuses().suitsSmallSpace(), "Folds for storage in a small room");
        } else if (footprint.length() * footprint.width() / 10_000 <= ranking.rules().smallSpaceMaxFootprintM2()) {
            tally.add(ranking.bonuses().suitsSmallSpace(),
                    "Compact: needs about " + Wording.floorArea(footprint) + " of floor space");
        } else {
            tally.exclusions.add("Needs about " + Wording.floorArea(footprint)
                    + " of floor space and does not fold, too big for a small room");
        }
    }

    private void equipment(Product product, Tally tally) {
        for (Equipment needed : product.requires()) {
            if (profile.has().contains(needed)) {
                tally.add(ranking.bonuses().usesEquipmentYouHave(), "Uses what you already have: " + needed.label());
                tally.cautions.add(Wording.capitalised("needs " + needed.label()));
            } else {
                tally.exclusions.add(Wording.capitalised("needs " + needed.label()) + ", which you don't have");
            }
        }
    }

    /** Points and the sentences that justify them, gathered while judging one product. */
    private static final class Tally {
        private double points;
        private final List<String> reasons = new ArrayList<>();
        private final List<String> cautions = new ArrayList<>();
        private final List<String> exclusions = new ArrayList<>();

        Tally(double base) {
            this.points = base;
        }

        void add(double delta, String reason) {
            points += delta;
            if (reason != null) {
                reasons.add(reason);
            }
        }

        /** Between 0 and 100, to one decimal: the value shown is the value ranked by. */
        double score() {
            return Math.round(Math.max(0, Math.min(100, points)) * 10) / 10.0;
        }
    }
}
