package io.inversionpicks.recommend;

import io.inversionpicks.common.ParamReader;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The health conditions a reader reported, read so that every way of saying one leads to the advice to see a doctor,
 * never to an error and never to a product. Values may be repeated or separated by commas or semicolons. Case,
 * spaces, underscores, dashes and a leading "a" or "an" don't matter, and a condition's slug, constant name, label
 * and other names (see {@link Condition}) all name it. Any other value is a condition the service can't assess: it is
 * kept, as the reader wrote it, so that the advice can name it. A value without a letter or digit names nothing.
 *
 * @param recognised   the known conditions, in enum order, without repeats
 * @param unrecognised everything else, trimmed, lower-cased and sorted, without repeats
 */
public record ReportedConditions(List<Condition> recognised, List<String> unrecognised) {

    /** A whole query line is at most a few KB; this keeps one odd value from swamping the advice's sentence. */
    static final int MAX_ECHOED_LENGTH = 80;

    private static final Pattern SEPARATORS = Pattern.compile("[,;]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(a|an)-");
    private static final Pattern SPACE_OR_CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Z}\\s]+");
    private static final Map<String, Condition> BY_SPELLING = spellings();

    public ReportedConditions {
        recognised = List.copyOf(new TreeSet<>(recognised));
        unrecognised = List.copyOf(new TreeSet<>(unrecognised));
    }

    /** @param raw the values of every {@code conditions} parameter, as sent */
    public static ReportedConditions read(List<String> raw) {
        List<String> values = ParamReader.split(raw, SEPARATORS).stream().filter(ParamReader::namesSomething).toList();
        return new ReportedConditions(
                values.stream().map(ReportedConditions::recognise).flatMap(Optional::stream).toList(),
                values.stream().filter(v -> recognise(v).isEmpty()).map(ReportedConditions::echoed).toList());
    }

    /** Whether the reader reported anything at all: then the answer is advice, whatever else they asked. */
    public boolean any() {
        return !recognised.isEmpty() || !unrecognised.isEmpty();
    }

    /**
     * Whether the answer is the advice to see a doctor and no product: a contraindication, or a condition the service
     * can't assess. Precautions alone still get products, each with its caution.
     */
    public boolean screensOut() {
        return !unrecognised.isEmpty() || recognised.stream().anyMatch(Condition::rulesOut);
    }

    /** The condition this spelling names, if any. */
    public static Optional<Condition> recognise(String spelling) {
        return Optional.ofNullable(BY_SPELLING.get(key(spelling)));
    }

    /** Folds the differences that don't change what a reader meant: "High_Blood Pressure" is "high-blood-pressure". */
    static String key(String spelling) {
        String folded = Normalizer.normalize(spelling, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String dashed = NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("-").replaceAll("^-|-$", "");
        return LEADING_ARTICLE.matcher(dashed).replaceFirst("");
    }

    /** The reader's own words, cleaned only so far as to be safe and short to repeat back. */
    private static String echoed(String value) {
        String text = SPACE_OR_CONTROL.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll(" ")
                .trim().toLowerCase(Locale.ROOT);
        return text.codePointCount(0, text.length()) <= MAX_ECHOED_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_ECHOED_LENGTH - 1)) + "…";
    }

    private static Map<String, Condition> spellings() {
        Map<String, Condition> bySpelling = new HashMap<>();
        for (Condition condition : Condition.values()) {
            Stream.concat(Stream.of(condition.slug(), condition.name(), condition.label()),
                    condition.otherNames().stream()).map(ReportedConditions::key).forEach(key -> {
                        Condition before = bySpelling.putIfAbsent(key, condition);
                        if (before != null && before != condition) {
                            throw new IllegalStateException("'" + key + "' would name both " + before + " and "
                                    + condition);
                        }
                    });
        }
        return Map.copyOf(bySpelling);
    }
}
