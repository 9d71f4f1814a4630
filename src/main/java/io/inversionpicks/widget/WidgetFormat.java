package io.inversionpicks.widget;

import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.ParamReader;
import io.quarkus.qute.TemplateExtension;


/**
 * How the widget words key facts, for the Qute templates. widget.js words them the same way, so both embedding
 * forms read alike.
 */
@TemplateExtension
public final class WidgetFormat {


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

    static String feetAndInches(double cm) {
        long inches = Math.round(cm / ParamReader.CM_PER_INCH);
        return inches / 12 + "′" + inches % 12 + "″";
    }
}
