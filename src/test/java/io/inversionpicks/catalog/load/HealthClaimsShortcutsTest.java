package io.inversionpicks.catalog.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims check's two shortcuts change no outcome: the ASCII normalisation gives what the step-by-step one gives,
 * and a claim's anchors are in every text its pattern matches, so skipping texts without them skips no finding.
 * Texts are generated from a word list and from the words written in the patterns themselves, so a word added to a
 * pattern is tried too (seeded, so a failure repeats).
 */
class HealthClaimsShortcutsTest {

    private static final String[] WORD_LIST = """
            cure cures cured curing cure-all cure-alls heal heals healed healing eliminate eliminates eliminated
            guarantee guaranteed guarantees relief result results to relieve fix work end stop is clinically medically
            scientifically proven tested shown validated doctor doctors physician physicians chiropractor chiropractors
            physiotherapists physio recommended approved endorsed by the fda cleared certified registered with 100
            100% % percent per cent effective safe success successful no more free forever for good life permanent
            permanently relieves solution reverse reverses reversed reversing disc discs degeneration ageing aging
            scoliosis herniation herniations damage arthritis osteoporosis stenosis spinal miracle instant instantly
            ease eases alleviate alleviates treat treats treatment fixes reduce reduces correct resolve prevents ends
            stops pain aches ache sciatica spasm spasms migraine migraines headache headaches herniated bulging
            slipped ruptured degenerated degenerative disease problems hernia hernias injury injuries back your lower
            a of from not never table sturdy
            """.strip().split("\\s+");
    private static final String[] VOCABULARY = vocabulary();
    private static final String[] SEPARATORS = {" ", " ", " ", "-", "  ", ", "};

    private final Random random = new Random(19);

    @Test
    void everyMatchContainsOneOfItsClaimsAnchors() {
        List<HealthClaims.Claim> claims = new ArrayList<>(HealthClaims.ABSOLUTE);
        claims.add(HealthClaims.MEDICAL_OUTCOME);
        List<String> matchedClaims = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String text = HealthClaims.normalise(phrase(2 + random.nextInt(6)));
            for (HealthClaims.Claim claim : claims) {
                Matcher m = claim.pattern().matcher(text);
                if (m.find()) {
                    assertThat(claim.mayOccurIn(text)).as("%s matches \"%s\" in \"%s\"", claim.name(), m.group(), text)
                            .isTrue();
                    matchedClaims.add(claim.name());
                }
            }
        }
        // The generated texts reach every claim, or the check above would prove nothing for some of them.
        assertThat(matchedClaims).containsAll(claims.stream().map(HealthClaims.Claim::name).toList());
    }

    @Test
    void theAsciiNormalisationIsTheFullOne() {
        for (int i = 0; i < 100_000; i++) {
            String text = asciiText(random.nextInt(40));
            assertThat(HealthClaims.isPrintableAscii(text)).isTrue();
            assertThat(HealthClaims.normaliseAscii(text))
                    .as(() -> "\"" + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"")
                    .isEqualTo(HealthClaims.normaliseAny(text));
        }
    }

    @Test
    void onlyPrintableAsciiTakesTheShortcut() {
        List<String> notPlain = List.of("caf\u00e9", "cur\u0435s", "a\u00a0b", "a\u200bb", "x\u0001y", "\u001ca", "\u007f");
        for (String text : notPlain) {
            assertThat(HealthClaims.isPrintableAscii(text)).as(text).isFalse();
        }
        assertThat(HealthClaims.normalise("  Cures\t`Back`\r\n PAIN ")).isEqualTo("cures 'back' pain");
    }

    /** The word list, and every run of letters or digits in the claims' patterns ("cur", "fda", "percent"...). */
    private static String[] vocabulary() {
        Set<String> words = new TreeSet<>(List.of(WORD_LIST));
        List<HealthClaims.Claim> claims = new ArrayList<>(HealthClaims.ABSOLUTE);
        claims.add(HealthClaims.MEDICAL_OUTCOME);
        for (HealthClaims.Claim claim : claims) {
            // Escapes such as \\b and \\s are not words: their letter is dropped with the backslash.
            for (String word : claim.pattern().pattern().replaceAll("\\\\[a-zA-Z]", " ").split("[^a-z0-9%]+")) {
                if (word.length() > 1) {
                    words.add(word);
                }
            }
        }
        return words.toArray(String[]::new);
    }

    private String phrase(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
            text.append(random.nextInt(8) == 0 ? word.toUpperCase() : word);
        }
        return text.toString();
    }

    /** Printable ASCII with every kind of ASCII space and line break, and upper case, backticks and quotes often. */
    private String asciiText(int length) {
        String frequent = " \t\n\u000B\f\r`'\"-ABCZ";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextBoolean() ? frequent.charAt(random.nextInt(frequent.length()))
                    : (char) (0x20 + random.nextInt(0x7F - 0x20)));
        }
        return text.toString();
    }
}
