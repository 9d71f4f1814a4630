package io.inversionpicks.widget;

import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.catalog.view.ProductView;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the widget words key facts, for the Qute templates. widget.js words them the same way, so both embedding
 * forms read alike.
 */
@TemplateExtension
public final class WidgetFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final double CM_PER_INCH = 2.54;

    private WidgetFormat() {
    }

    static String suitability(ProductView product) {
        if (product.beginnerFriendly()) {
            return "Suits beginners";
        }
        return product.experienceLevel() == ExperienceLevel.EXPERIENCED ? "Experienced users only"
                : "Some experience needed";
    }

    static String lumbar(ProductView product) {
        return product.lumbarSupport() ? "Yes" : "No";
    }

    static String weightLimit(ProductView product) {
        return Math.round(product.maxUserWeightKg()) + " kg (" + product.maxUserWeightLb() + " lb)";
    }

    static String heightRange(ProductView product) {
        double min = product.userHeightCm().min();
        double max = product.userHeightCm().max();
        return Math.round(min) + "–" + Math.round(max) + " cm (" + feetAndInches(min) + "–" + feetAndInches(max) + ")";
    }

    /** "as of 22 Nov 2026": when the price was checked, which readers must see next to it. */
    static String asOfDate(PriceView price) {
        return "as of " + DATE.format(Instant.parse(price.asOf()));
    }

    static String feetAndInches(double cm) {
        long inches = Math.round(cm / CM_PER_INCH);
        return inches / 12 + "′" + inches % 12 + "″";
    }
}
