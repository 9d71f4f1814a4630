package io.inversionpicks.catalog.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims check's word list, in one place to review: the absolute health claims product text may not make
 * unless a source in the product file backs them (the FTC expects health claims to rest on competent and reliable
 * evidence), and the medical outcomes a product's summary may not promise.
 *
 * <p>Text is compared after {@link #normalise normalising}: NFKC (full-width letters, ligatures, non-breaking and
 * other odd spaces), letters of other alphabets that look Latin made Latin ({@link LookAlikeLetters}: a Cyrillic
 * "е" in "curе"), curly quotes and dashes made plain, soft hyphens and zero-width characters removed, case folded. Claims are matched as whole words or phrases, so "secure" and "procured" are not "cure". A claim preceded
 * by a negation ("does not cure", "no cure", "never a miracle") is not a claim.
 *
 * <p>Each claim has a {@link Claim#name name}: the words an editor lists under a source's {@code claims} to show that
 * the source backs it. Pure and thread-safe.
 */
public final class HealthClaims {

    /**
     * A claim the check looks for: its name (as editors cite it), the pattern that finds it in normalised text, and
     * words of which every match contains at least one. Most texts contain none of them, and looking for a word is
     * much cheaper than running the pattern: the check runs over every text of every product at start-up.
     */
    public record Claim(String name, Pattern pattern, List<String> anchors) {

        /** False only when the pattern cannot match: the text has none of the anchors. */
        boolean mayOccurIn(String normalised) {
            for (String anchor : anchors) {
                if (normalised.contains(anchor)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One claim found in a text: which claim, and the words that made it, as normalised. */
    public record Finding(String claim, String matched) {
    }

    private static final String WORD = "[\\p{L}\\p{N}'%-]+";
    /** Up to {@code n} words between two parts of a phrase ("eliminates [your lower] back pain"). */
    private static String gap(int n) {
        return "(?:\\s+" + WORD + "){0," + n + "}?\\s+";
    }

    /** Every match of {@link #CONDITIONS} contains one of these. */
    private static final List<String> CONDITION_ANCHORS = List.of("pain", "ache", "sciatica", "scoliosis", "stenosis",
            "arthritis", "spasm", "migraine", "disc", "hernia", "injur", "osteoporosis");
    private static final String CONDITIONS = "(?:pain|aches?|sciatica|scoliosis|stenosis|arthritis|spasms?|"
            + "migraines?|headaches?|(?:herniated|bulging|slipped|ruptured|degenerat(?:ed|ive))\\s+discs?|"
            + "disc\\s+(?:problems?|disease|herniations?|degeneration)|hernias?|injur(?:y|ies)|osteoporosis)";

    /** Absolute health claims: flagged in every product text (name, summary, safety features, pros, cons). */
    public static final List<Claim> ABSOLUTE = List.of(
            claim("cures", List.of("cur"), "\\bcur(?:e|es|ed|ing)\\b|\\bcure-?alls?\\b"),
            claim("heals", List.of("heal"), "\\bheal(?:s|ed|ing)?\\b"),
            claim("eliminates pain", List.of("eliminat"),
                    "\\beliminat(?:e|es|ed|ing)" + gap(3) + CONDITIONS + "\\b"),
            claim("guaranteed relief", List.of("guarantee"), "\\bguarantee(?:d|s)?" + gap(2)
                    + "(?:relief|results?|to\\s+(?:relieve|cure|heal|fix|work|end|stop))\\b"
                    + "|\\brelief\\s+(?:is\\s+)?guaranteed\\b"),
            claim("clinically proven", List.of("proven", "tested", "shown", "validated"),
                    "\\b(?:clinically|medically|scientifically)[ -]?(?:proven|tested|shown|validated)\\b"
                    + "|\\bproven\\s+to\\s+(?:relieve|cure|heal|treat|fix|reduce|eliminate|end|stop)\\b"),
            claim("doctor recommended", List.of("recommended", "approved", "endorsed"),
                    "\\b(?:doctors?|physicians?|chiropractors?|physiotherapists?|physios?)[ -]?"
                    + "(?:recommended|approved|endorsed)\\b|\\b(?:recommended|endorsed|approved)\\s+by\\s+"
                    + "(?:doctors|physicians|chiropractors|physiotherapists)\\b"),
            claim("FDA-approved", List.of("fda"),
                    "\\bfda[ -]?(?:approved|cleared|certified)\\b|\\bapproved\\s+by\\s+the\\s+fda\\b"),
            claim("FDA-registered", List.of("fda"),
                    "\\bfda[ -]?registered\\b|\\bregistered\\s+with\\s+the\\s+fda\\b"),
            claim("100% effective", List.of("100"),
                    "\\b100\\s?(?:%|percent|per\\s+cent)\\s+(?:effective|guaranteed|safe|relief|"
                    + "success(?:ful)?|results?)\\b"),
            claim("no more back pain", List.of("no more", "free"),
                    "\\bno\\s+more" + gap(1) + CONDITIONS + "\\b|\\b" + CONDITIONS
                    + "[ -]free\\s+(?:forever|for\\s+good|for\\s+life)\\b"),
            claim("permanent relief", List.of("permanent"), "\\bpermanent(?:ly)?" + gap(1)
                    + "(?:relief|reliev(?:e|es)|cure|cures|fix|fixes|results?|solution|end)\\b"
                    + "|\\b(?:relief|relieves?|cures?|fix(?:es)?)" + gap(2) + "permanently\\b"),
            claim("reverses", List.of("revers"),
                    "\\brevers(?:e|es|ed|ing)" + gap(3) + "(?:discs?|degeneration|ageing|aging|scoliosis|"
                    + "herniations?|damage|arthritis|osteoporosis|stenosis|spinal)\\b"),
            claim("miracle", List.of("miracle"), "\\bmiracle\\b"),
            claim("instant relief", List.of("instant"),
                    "\\binstant(?:ly)?\\s+(?:relief|reliev(?:e|es)|cures?|fix(?:es)?)\\b"));

    /** A summary must not promise a medical outcome: "relieves back pain", "back pain relief", "treats sciatica". */
    public static final Claim MEDICAL_OUTCOME = claim("medical outcome", CONDITION_ANCHORS,
            "\\b(?:reliev(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|alleviat(?:e|es|ed|ing)|treat(?:s|ed|ing|ment)?|"
                    + "fix(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|correct(?:s|ed|ing)?|resolv(?:e|es|ed|ing)|"
                    + "prevent(?:s|ed|ing)?|ends?|stops?)" + gap(4) + CONDITIONS + "\\b"
                    + "|\\b" + CONDITIONS + "[ -]relief\\b|\\brelief\\s+(?:from|for|of)" + gap(2) + CONDITIONS + "\\b");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "without", "doesn't", "don't",
            "won't", "can't", "cannot", "isn't", "aren't", "wasn't", "didn't", "neither");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5"
            + "\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u206A-\\u206F\\uFEFF]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC\\u0060\\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

    private HealthClaims() {
    }

    private static Claim claim(String name, List<String> anchors, String regex) {
        return new Claim(name, Pattern.compile(regex), anchors);
    }

    /**
     * The form every text is compared in: NFKC, Latin look-alikes made Latin, plain quotes and hyphens, no invisible
     * characters, single spaces, lower case. Invisible characters are removed before NFKC so that they cannot split a word.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return isPrintableAscii(text) ? normaliseAscii(text) : normaliseAny(text);
    }

    /** {@link #normalise} of any text, step by step. */
    static String normaliseAny(String text) {
        String out = INVISIBLE.matcher(text).replaceAll("");
        out = Normalizer.normalize(out, Normalizer.Form.NFKC);
        out = INVISIBLE.matcher(out).replaceAll("");
        out = LookAlikeLetters.toLatin(out);
        out = SINGLE_QUOTES.matcher(out).replaceAll("'");
        out = DOUBLE_QUOTES.matcher(out).replaceAll("\"");
        out = DASHES.matcher(out).replaceAll("-");
        out = SPACES.matcher(out).replaceAll(" ");
        return out.toLowerCase(Locale.ROOT).strip();
    }

    /**
     * {@link #normalise} of printable ASCII text, where all but three of its steps change nothing: a backtick becomes
     * a quote, runs of spaces become one, letters become lower case. Nearly every catalogue text is plain ASCII, and
     * the check normalises every text of every product at start-up.
     */
    static String normaliseAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c == '`' ? '\'' : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /** Only characters from space to tilde, tab and line breaks. */
    static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c > 0x7E) && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The absolute claims in a text, in the order of the list. */
    public static List<Finding> absolute(String text) {
        return text == null ? List.of() : find(normalise(text), ABSOLUTE);
    }

    /** What a summary may not say: the absolute claims, then a promised medical outcome. */
    public static List<Finding> inSummary(String summary) {
        if (summary == null) {
            return List.of();
        }
        List<Claim> all = new ArrayList<>(ABSOLUTE);
        all.add(MEDICAL_OUTCOME);
        return find(normalise(summary), all);
    }

    /** Whether a source's cited claim names this finding: its claim's name or its words, either way normalised. */
    public static boolean cites(String cited, Finding finding) {
        if (cited == null) {
            return false;
        }
        String c = comparable(cited);
        return c.equals(comparable(finding.claim())) || c.equals(comparable(finding.matched()));
    }

    private static String comparable(String text) {
        return normalise(text).replace('-', ' ');
    }

    private static List<Finding> find(String text, List<Claim> claims) {
        List<Finding> found = new ArrayList<>();
        for (Claim claim : claims) {
            if (!claim.mayOccurIn(text)) {
                continue;
            }
            Matcher m = claim.pattern().matcher(text);
            while (m.find()) {
                if (!negated(text, m.start())) {
                    found.add(new Finding(claim.name(), m.group()));
                    break; // one finding per claim and text is enough to name the problem
                }
            }
        }
        return found;
    }

    /** A negation among the three words before the claim: "does not cure", "there is no cure", "never heals". */
    private static boolean negated(String text, int start) {
        String[] before = text.substring(0, start).split("[^\\p{L}\\p{N}']+");
        for (int i = before.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
            if (before[i].isEmpty()) {
                continue;
            }
            if (NEGATIONS.contains(before[i])) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
