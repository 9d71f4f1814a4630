package io.inversionpicks.catalog.view;

import io.inversionpicks.catalog.model.Product;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers as people read them in reasons and tables: "178 cm", "142-198 cm", "$139.99, as of 1 Nov 2026, 08:00 UTC".
 */
public final class Wording {

    private Wording() {
    }

    /** Whole numbers without ".0", others with one decimal. */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    public static String range(Product.Range range) {
        return number(range.min()) + "-" + number(range.max());
    }

    public static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    /** "$139.99, as of 1 Nov 2026, 08:00 UTC": a shown price always travels with when it was seen. */
    public static String price(PriceView price) {
        String stated = price.display() + ", " + price.asOfDisplay();
        return price.disclaimer() == null ? stated : stated + ". " + price.disclaimer();
    }

    public static String floorArea(Product.Footprint footprint) {
        return number(footprint.length()) + " × " + number(footprint.width()) + " cm";
    }

    /** "Made for …" from "made for …". */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
