package io.inversionpicks.sync.feed;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ways feeds write a price: {@code 549.00}, {@code 549}, {@code $549.00}, {@code 549.00 USD},
 * {@code USD 549.00}, {@code 1,299.99}. A comma only separates thousands, in groups of three, so the European
 * {@code 549,00} is not read at all rather than read as 54900.
 */
final class PriceText {

    /** @param currency the ISO code the text names, upper case but not yet checked, or null */
    record Price(BigDecimal amount, String currency) {
    }

    private static final Pattern PRICE = Pattern.compile("(?<codeBefore>[A-Za-z]{3})?\\s*(?<signBefore>-)?\\s*"
            + "(?<symbol>[$€£])?\\s*(?<sign>-)?"
            + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
            + "\\s*(?<codeAfter>[A-Za-z]{3})?");

    private PriceText() {
    }

    /** The amount, negative or zero included (the caller says why those are wrong), or empty if it is no price. */
    static Optional<Price> read(String text) {
        Matcher price = PRICE.matcher(text.strip());
        if (!price.matches()) {
            return Optional.empty();
        }
        String codeBefore = price.group("codeBefore");
        String codeAfter = price.group("codeAfter");
        boolean negative = price.group("signBefore") != null;
        if ((codeBefore != null && codeAfter != null) || (negative && price.group("sign") != null)) {
            return Optional.empty();
        }
        negative |= price.group("sign") != null;
        BigDecimal amount = new BigDecimal(price.group("number").replace(",", ""));
        String code = codeBefore != null ? codeBefore : codeAfter;
        String currency = code != null ? code.toUpperCase(Locale.ROOT) : symbolCurrency(price.group("symbol"));
        return Optional.of(new Price(negative ? amount.negate() : amount, currency));
    }

    /** {@code $} is the sign of the US, Canadian, Australian and other dollars, so it names no currency. */
    private static String symbolCurrency(String symbol) {
        if (symbol == null) {
            return null;
        }
        return switch (symbol) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> null;
        };
    }
}
