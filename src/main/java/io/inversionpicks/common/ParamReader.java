package io.inversionpicks.common;

import io.inversionpicks.common.Problem.ProblemError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses query parameters strictly and collects every mistake, so one 400 response lists all of them. Lenient
 * parsing (JAX-RS turns {@code beginner=maybe} into false) would silently give readers the wrong products.
 */
public final class ParamReader {

    public static final double CM_PER_INCH = 2.54;
    public static final double KG_PER_LB = 0.45359237;

    private static final Pattern COMMA = Pattern.compile(",");

    private final List<ProblemError> errors = new ArrayList<>();

    public Boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> fail(name, "must be true or false, not '" + raw + "'", List.of("true", "false"));
        };
    }

    public BigDecimal decimal(String name, String raw, BigDecimal min, BigDecimal max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                return fail(name, "must be between " + min.toPlainString() + " and " + max.toPlainString()
                        + ", not " + raw, List.of());
            }
            return value;
        } catch (NumberFormatException e) {
            return fail(name, "must be a number, not '" + raw + "'", List.of());
        }
    }

    public int integer(String name, String raw, int min, int max, int otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                fail(name, "must be between " + min + " and " + max + ", not " + raw, List.of());
                return otherwise;
            }
            return value;
        } catch (NumberFormatException e) {
            fail(name, "must be a whole number between " + min + " and " + max + ", not '" + raw + "'", List.of());
            return otherwise;
        }
    }

    /** One value out of a fixed set; the error lists the set and the closest match. */
    public String choice(String name, String raw, Collection<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (!allowed.contains(value)) {
            unknownValue(name, value, allowed);
            return null;
        }
        return value;
    }

    /** Repeated ({@code a=x&a=y}) or comma-separated ({@code a=x,y}) values, each from a fixed set. */
    public Set<String> choices(String name, List<String> raw, Collection<String> allowed) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : split(raw)) {
            if (allowed.contains(value)) {
                values.add(value);
            } else {
                unknownValue(name, value, allowed);
            }
        }
        return values;
    }

    public static List<String> split(List<String> raw) {
        return split(raw, COMMA);
    }

    /** The non-blank values, trimmed, of a repeated parameter whose values may each hold several. */
    public static List<String> split(List<String> raw, Pattern separators) {
        List<String> values = new ArrayList<>();
        if (raw != null) {
            for (String item : raw) {
                for (String part : separators.split(item)) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            }
        }
        return values;
    }

    /**
     * A length or weight given in either of two units (heightCm or heightIn), returned in the metric unit.
     *
     * @param toMetric factor from the imperial unit to the metric one
     */
    public Double measure(String metricName, String metricRaw, String imperialName, String imperialRaw,
                          double toMetric, double metricMin, double metricMax, String unitLabel) {
        boolean metric = metricRaw != null && !metricRaw.isBlank();
        boolean imperial = imperialRaw != null && !imperialRaw.isBlank();
        if (metric && imperial) {
            return fail(metricName, "give " + metricName + " or " + imperialName + ", not both", List.of());
        }
        if (!metric && !imperial) {
            return null;
        }
        String name = metric ? metricName : imperialName;
        double factor = metric ? 1 : toMetric;
        BigDecimal min = BigDecimal.valueOf(Math.ceil(metricMin / factor * 10) / 10).stripTrailingZeros();
        BigDecimal max = BigDecimal.valueOf(Math.floor(metricMax / factor * 10) / 10).stripTrailingZeros();
        BigDecimal value = decimal(name, metric ? metricRaw : imperialRaw, min, max);
        if (value == null) {
            return null;
        }
        return value.doubleValue() * factor;
    }

    /** A person's height, as heightCm or heightIn, in cm; the bounds reject typos such as a height of 5 m. */
    public Double heightCm(String cm, String inches) {
        return measure("heightCm", cm, "heightIn", inches, CM_PER_INCH, 100, 230, "cm");
    }

    /** A person's weight, as weightKg or weightLb, in kg; negative or absurd weights are rejected. */
    public Double weightKg(String kg, String lb) {
        return measure("weightKg", kg, "weightLb", lb, KG_PER_LB, 20, 300, "kg");
    }

    public void require(boolean condition, String name, String message) {
        if (!condition) {
            fail(name, message, List.of());
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the collected problems as one 400 response, if there are any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(errors));
        }
    }

    private void unknownValue(String name, String value, Collection<String> allowed) {
        String suggestion = Suggestions.closest(value, allowed).orElse(null);
        String message = "'" + value + "' is not a valid value; allowed: " + String.join(", ", allowed)
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
        errors.add(new ProblemError(name, null, null, null, null, message, List.copyOf(allowed), suggestion));
    }

    private <T> T fail(String name, String message, List<String> allowed) {
        errors.add(ProblemError.parameter(name, message, allowed));
        return null;
    }
}
