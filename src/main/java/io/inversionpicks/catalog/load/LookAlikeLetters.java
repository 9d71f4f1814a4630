package io.inversionpicks.catalog.load;

import com.ibm.icu.text.SpoofChecker;

import java.util.Locale;
import java.util.Optional;

/**
 * Letters of other alphabets that look like Latin ones: a Cyrillic "е" in "curе" reads as "cure" to every reader and
 * to no word list. Which letters look alike is Unicode's confusables data (UTS #39), through ICU's
 * {@link SpoofChecker}, not a table of our own.
 *
 * <p>Catalogue text is English, so a word that mixes Latin letters with such look-alikes is an editing accident or an
 * attempt to slip a claim past review; either way the editor retypes it. Text made only of Latin, digits and
 * punctuation never reaches ICU, so the usual catalogue costs nothing here. Pure and thread-safe.
 */
public final class LookAlikeLetters {

    /** A word mixing Latin letters with a letter of another alphabet that imitates {@code latin}. */
    public record MixedWord(String word, int codePoint, String latin) {

        /** "'е' (U+0435, Cyrillic) looks like the Latin 'e'". */
        public String describe() {
            return "'" + Character.toString(codePoint) + "' (U+" + String.format(Locale.ROOT, "%04X", codePoint) + ", "
                    + script(codePoint) + ") looks like the Latin '" + latin + "'";
        }

        private static String script(int codePoint) {
            String name = Character.UnicodeScript.of(codePoint).name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /** Built on first use only: most catalogues never contain a letter outside Latin. */
    private static final class Checker {
        static final SpoofChecker INSTANCE = new SpoofChecker.Builder().build();
    }

    private LookAlikeLetters() {
    }

    /** The text with every look-alike letter replaced by the Latin letters it imitates; other text unchanged. */
    public static String toLatin(String text) {
        if (!mayHoldLookAlikes(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String latin = latinFor(cp);
            if (latin == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(latin);
            }
        });
        return out.toString();
    }

    /** The first word that mixes Latin letters with a look-alike from another alphabet, if any. */
    public static Optional<MixedWord> firstMixedWord(String text) {
        if (text == null || !mayHoldLookAlikes(text)) {
            return Optional.empty();
        }
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isWordPart(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                Optional<MixedWord> mixed = mixed(text.substring(start, i));
                if (mixed.isPresent()) {
                    return mixed;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return Optional.empty();
    }

    private static Optional<MixedWord> mixed(String word) {
        boolean latin = word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
        if (!latin) {
            return Optional.empty();
        }
        return word.codePoints().filter(cp -> latinFor(cp) != null).findFirst()
                .stream().mapToObj(cp -> new MixedWord(word, cp, latinFor(cp))).findFirst();
    }

    /** The Latin letters a letter of another alphabet imitates, or null if it is Latin, not a letter, or unlike any. */
    private static String latinFor(int codePoint) {
        if (codePoint < 0x80 || !Character.isLetter(codePoint)) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.INHERITED) {
            return null;
        }
        String skeleton = Checker.INSTANCE.getSkeleton(Character.toString(codePoint));
        return skeleton.chars().allMatch(c -> c < 0x80 && Character.isLetter(c)) ? skeleton : null;
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetter(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    /** Latin-1 and Latin Extended hold no letter of another alphabet; Greek starts at U+0370. */
    private static boolean mayHoldLookAlikes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x370) {
                return true;
            }
        }
        return false;
    }
}
