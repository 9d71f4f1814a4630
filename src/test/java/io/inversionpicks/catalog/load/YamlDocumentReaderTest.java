package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.CatalogueFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * How a catalogue file is read as YAML: strictly UTF-8 text, one document, no anchors, aliases or tags, within the
 * limits, and every syntax error reported on the line where the mistake is, in words an editor understands.
 */
class YamlDocumentReaderTest {

    private static final String PRODUCT = CatalogueFolder.testProduct();
    private static final String FILE = "products/test-table.yaml";

    private static YamlDocumentReader.Result read(String content) {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private static YamlDocumentReader.Result read(byte[] content) {
        return YamlDocumentReader.read(FILE, content);
    }

    private static CatalogueProblem onlyProblem(YamlDocumentReader.Result result) {
        assertThat(result.document()).isNull();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void theTestProductIsPlainYaml() {
        assertThat(read(PRODUCT).problems()).isEmpty();
    }

    @Test
    void anAliasIsReportedWithItsAnchorInsteadOfBeingReadAsText() {
        String edited = PRODUCT.replace("  - Ankle locks with long handles", "  - &pin-lock Ankle locks with long handles")
                .replace("pros:\n  - Solid steel frame", "pros: [*pin-lock]");

        List<CatalogueProblem> problems = read(edited).problems();

        assertThat(problems).extracting(CatalogueProblem::line, CatalogueProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(lineOf(edited, "&pin-lock"), "safetyFeatures[0]"),
                org.assertj.core.groups.Tuple.tuple(lineOf(edited, "[*pin-lock]"), "pros[0]"));
        assertThat(problems.get(1).message()).contains("'*pin-lock' is a YAML alias", "write the value out in full");
    }

    @Test
    void mergeKeysAndAnchoredMappingsAreReportedToo() {
        String edited = PRODUCT + "dimensions: &size {length: 1}\nfolded:\n  <<: *size\n";

        assertThat(read(edited).problems()).extracting(CatalogueProblem::line)
                .containsExactly(lineOf(edited, "&size"), lineOf(edited, "*size"));
    }

    static Stream<Arguments> secondDocuments() {
        return Stream.of(
                arguments("another document", PRODUCT + "---\nid: another-table\n"),
                arguments("an empty document", PRODUCT + "---\n"),
                arguments("a document after an end marker", PRODUCT + "...\n---\nid: x\n"),
                arguments("a marker with a comment", PRODUCT + "--- # the next one\nid: x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secondDocuments")
    void aSecondDocumentIsReportedAtItsMarker(String name, String content) {
        CatalogueProblem problem = onlyProblem(read(content));

        assertThat(problem.line()).isEqualTo(lineOf(content, "---"));
        assertThat(problem.message()).contains("a second YAML document starts here");
    }

    @Test
    void documentMarkersAroundTheOneDocumentAreFine() {
        assertThat(read("---\n" + PRODUCT + "...\n").problems()).isEmpty();
    }

    static Stream<Arguments> notUtf8() {
        byte[] product = PRODUCT.getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                arguments("Latin-1 é", PRODUCT.replace("Testbrand", "Café").getBytes(StandardCharsets.ISO_8859_1),
                        "brand:", 11, "not UTF-8: byte 0xE9 is not valid UTF-8 (in Latin-1 or Windows-1252 it would be 'é')"),
                arguments("Windows-1252 quote", replace(product, "Testbrand", new byte[] {'T', (byte) 0x92, 's'}),
                        "brand:", 9, "not UTF-8: byte 0x92 is not valid UTF-8 (in Latin-1 or Windows-1252 it would be '’')"),
                arguments("overlong encoding", replace(product, "Testbrand", new byte[] {'T', (byte) 0xC0, (byte) 0xAF}),
                        "brand:", 9, "not UTF-8: bytes 0xC0 0xAF are not valid UTF-8"),
                arguments("encoded surrogate", replace(product, "Testbrand",
                        new byte[] {'T', (byte) 0xED, (byte) 0xA0, (byte) 0x80}), "brand:", 9,
                        "not UTF-8: bytes 0xED 0xA0 0x80 are not valid UTF-8"),
                arguments("truncated sequence at the end", concat(product, new byte[] {(byte) 0xE2, (byte) 0x82}),
                        null, 1, "not UTF-8: bytes 0xE2 0x82 are not valid UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void bytesThatAreNotUtf8AreReportedWhereTheyAre(String name, byte[] content, String lineText, int column,
                                                    String message) {
        CatalogueProblem problem = onlyProblem(read(content));

        String text = new String(content, StandardCharsets.ISO_8859_1);
        int line = lineText == null ? text.split("\n", -1).length : lineOf(text, lineText);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.message()).contains(message);
    }

    static Stream<Arguments> wideEncodings() {
        return Stream.of(
                arguments("UTF-16 BE", PRODUCT.getBytes(StandardCharsets.UTF_16), "the file is UTF-16 text"),
                arguments("UTF-16 LE", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        PRODUCT.getBytes(StandardCharsets.UTF_16LE)), "the file is UTF-16 text"),
                arguments("UTF-32", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                        PRODUCT.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))), "the file is UTF-32 text"),
                arguments("UTF-16 without byte-order mark", PRODUCT.getBytes(StandardCharsets.UTF_16LE),
                        "full of NUL bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideEncodings")
    void utf16AndUtf32FilesAreRejectedAsAWhole(String name, byte[] content, String message) {
        CatalogueProblem problem = onlyProblem(read(content));

        assertThat(problem.line()).isZero();
        assertThat(problem.message()).startsWith("not UTF-8: ").contains(message, "save it as UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkAtTheStartIsAcceptedAndPositionsStayRight() {
        String edited = "\uFEFF" + withLine(PRODUCT, "maxUserWeightKg", "[heavy");

        CatalogueProblem problem = onlyProblem(read(edited));

        assertThat(problem.line()).isEqualTo(lineOf(edited, "maxUserWeightKg"));
        assertThat(problem.column()).isEqualTo("maxUserWeightKg: [".length());
        assertThat(read("\uFEFF" + PRODUCT).problems()).isEmpty();
    }

    static Stream<Arguments> invisibleCharacters() {
        return Stream.of(
                arguments("NUL", "\0", "a NUL character"),
                arguments("escape", "\u001B", "the control character U+001B"),
                arguments("delete", "\u007F", "the control character U+007F"),
                arguments("C1 control", "\u0090", "the control character U+0090"),
                arguments("byte-order mark inside the text", "\uFEFF", "an invisible byte-order mark (U+FEFF)"),
                arguments("next line", "\u0085", "an unusual line separator (U+0085)"),
                arguments("line separator", "\u2028", "an unusual line separator (U+2028)"),
                arguments("paragraph separator", "\u2029", "an unusual line separator (U+2029)"),
                arguments("non-character", "\uFFFE", "the control character U+FFFE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invisibleCharacters")
    void controlAndInvisibleCharactersAreReportedWhereTheyAre(String name, String character, String message) {
        String edited = PRODUCT.replace("Testbrand", "Test" + character + "brand");

        CatalogueProblem problem = onlyProblem(read(edited));

        assertThat(problem.line()).isEqualTo(lineOf(edited, "brand: Test"));
        assertThat(problem.column()).isEqualTo("brand: Test".length() + 1);
        assertThat(problem.message()).contains(message);
    }

    @Test
    void tabsInsideTextAndEveryKindOfLineBreakAreFine() {
        assertThat(read(PRODUCT.replace("Testbrand", "Test\tbrand")).problems()).isEmpty();
        assertThat(read(PRODUCT.replace("\n", "\r\n")).problems()).isEmpty();
        assertThat(read(PRODUCT.replace("\n", "\r")).problems()).isEmpty();
    }

    @Test
    void lineNumbersCountCrLfAndCrLikeEditorsDo() {
        String crlf = withLine(PRODUCT, "maxUserWeightKg", "[heavy").replace("\n", "\r\n");
        String cr = withLine(PRODUCT, "maxUserWeightKg", "[heavy").replace("\n", "\r");
        int line = lineOf(PRODUCT, "maxUserWeightKg");

        assertThat(onlyProblem(read(crlf)).line()).isEqualTo(line);
        assertThat(onlyProblem(read(cr)).line()).isEqualTo(line);
    }

    /** Syntax errors: each on the line of the mistake, saying what is wrong and what to do, in editors' words. */
    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                arguments("unclosed double quote, closed by a quote further down",
                        withLine(PRODUCT, "name", "\"Test Inversion Table"), "name:", 7,
                        "the quote \" that starts here is not closed on this line, so YAML read on to the next \" on "
                                + "line " + lineOf(PRODUCT, "supports: \"")),
                arguments("unclosed single quote, to the end of the file",
                        withLine(PRODUCT, "name", "'Test Inversion Table"), "name:", 7,
                        "a quoted text starts here but is never closed"),
                arguments("text after a closing quote", withLine(PRODUCT, "name", "\"Test\" Inversion Table"),
                        "name:", 14, "text after the closing quote"),
                arguments("unclosed bracket", PRODUCT.replace("goals: [back-pain-relief, posture]",
                        "goals: [back-pain-relief, posture"), "goals:", 8, "the list opened with '[' here is not closed"),
                arguments("unclosed bracket at the end of the file", PRODUCT + "extra: [1, 2,\n", "extra:", 8,
                        "the list opened with '[' here is not closed"),
                arguments("unclosed inner bracket", PRODUCT + "extra: [1, {a: [2,\n", "extra:", 16,
                        "the list opened with '[' here is not closed"),
                arguments("unclosed brace", PRODUCT.replace("userHeightCm:\n  min: 142\n  max: 198",
                        "userHeightCm: {min: 142, max: 198"), "userHeightCm:", 15,
                        "the mapping opened with '{' here is not closed; add the '}'"),
                arguments("bracket that closes nothing", PRODUCT.replace("goals: [back-pain-relief, posture]",
                        "goals: [back-pain-relief, posture]]"), "goals:", 35, "a ']' that closes nothing"),
                arguments("tab for indentation", PRODUCT.replace("  min: 142", "\tmin: 142"), "min: 142", 1,
                        "a tab character; YAML indents with spaces only"),
                arguments("key indented less than its siblings", PRODUCT.replace("  max: 198", " max: 198"),
                        " max: 198", 2, "at an indentation that matches no level above it"),
                arguments("key indented more than its siblings", PRODUCT.replace("  max: 198", "   max: 198"),
                        "   max: 198", 7, "either this line is indented deeper than the key it belongs under"),
                arguments("list item out of line", PRODUCT.replace("cons:\n  - Heavy to move",
                        "cons:\n  - Heavy to move\n - Hard to fold"), " - Hard to fold", 2,
                        "A list item ('- ') at an indentation that matches no level above it"),
                arguments("key where list items are expected", PRODUCT.replace("cons:\n  - Heavy to move",
                        "cons:\n  - Heavy to move\n  weight: 30"), "  weight: 30", 3,
                        "a key where the list above expects more '- ' items"),
                arguments("line without a colon", PRODUCT.replace("brand: Testbrand", "brand Testbrand"),
                        "brand Testbrand", 1, "this line is neither 'key: value' nor '- item'"),
                arguments("colon inside a plain text", withLine(PRODUCT, "brand", "Test: brand"), "brand:", 12,
                        "or a text contains ': ' and must be put in quotes"),
                arguments("unknown escape", withLine(PRODUCT, "name", "\"Test \\q Table\""), "name:", 13,
                        "'\\q' is not an escape YAML knows in a \"double-quoted\" text; write \\\\ for a backslash"),
                arguments("short hexadecimal escape", withLine(PRODUCT, "name", "\"Test \\x4 Table\""), "name:", 13,
                        "'\\x' must be followed by 2 hexadecimal digits"),
                arguments("reserved character", withLine(PRODUCT, "brand", "@testbrand"), "brand:", 8,
                        "'@' cannot start a value; put the value in quotes"),
                arguments("value starting with a bracket", withLine(PRODUCT, "brand", "]"), "brand:", 8,
                        "']' where a value should start"),
                arguments("list as a key", PRODUCT + "[a, b]: c\n", "[a, b]: c", 1,
                        "a key must be a plain name, not a list, a mapping or an alias"),
                arguments("bad block text header", withLine(PRODUCT, "summary", "|x"), "summary:", 10,
                        "after '|' or '>' only '-', '+' or a digit may follow"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void syntaxErrorsPointAtTheMistakeAndSayWhatToDo(String name, String content, String lineText, int column,
                                                      String message) {
        CatalogueProblem problem = onlyProblem(read(content));

        assertThat(problem.line()).as(problem.format()).isEqualTo(lineOf(content, lineText));
        assertThat(problem.column()).as(problem.format()).isEqualTo(column);
        assertThat(problem.message()).startsWith("invalid YAML: ").contains(message)
                // No parser internals: an editor can't act on them.
                .doesNotContain("<block", "<scalar>", "Event", "org.yaml", "StreamReadConstraints", "while parsing",
                        "while scanning");
    }

    @Test
    void duplicateKeysAreEachReportedWithTheLineOfTheFirst() {
        String edited = PRODUCT.replace("brand: Testbrand\n", "brand: Testbrand\nname: Again\n");

        CatalogueProblem problem = onlyProblem(read(edited));

        assertThat(problem.format()).isEqualTo(FILE + ":" + lineOf(edited, "name: Again") + ":1: name: duplicate key; "
                + "it is already set on line " + lineOf(edited, "name: Test"));
    }

    @Test
    void tagsAreReportedInsteadOfActedOn() {
        String edited = withLine(withLine(PRODUCT, "brand", "!!binary VGVzdGJyYW5k"), "maxUserWeightKg", "!!str 136");

        assertThat(read(edited).problems()).extracting(CatalogueProblem::line, CatalogueProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(lineOf(edited, "brand:"), "'!!binary' is a YAML tag, which "
                                + "catalogue files do not use; delete it (put the value in quotes if it must be read "
                                + "as text)"),
                        org.assertj.core.groups.Tuple.tuple(lineOf(edited, "maxUserWeightKg:"), "'!!str' is a YAML "
                                + "tag, which catalogue files do not use; delete it (put the value in quotes if it "
                                + "must be read as text)"));
    }

    @Test
    void nestingBeyondTheLimitIsReportedWhereItGoesTooDeepWithTheSetting() {
        FileLimits limits = new FileLimits(FileLimits.DEFAULTS.maxFileSize(), 10_000, 5, 10);
        String deepest = "a: [[[[1]]]]\n";
        String tooDeep = "a: [[[[[1]]]]]\n";

        assertThat(YamlDocumentReader.read(FILE, bytes(deepest), limits, LoadControl.NONE).problems()).isEmpty();
        CatalogueProblem problem = onlyProblem(YamlDocumentReader.read(FILE, bytes(tooDeep), limits, LoadControl.NONE));
        assertThat(problem.format()).isEqualTo(FILE + ":1:8: a[0][0][0][0]: lists and mappings are nested more than 5 "
                + "deep here (the limit, catalog.limits.max-depth); catalogue files need only a few levels: look for "
                + "a '[' or '{' that is never closed, or indentation that keeps growing");
    }

    @Test
    void thousandsOfOpenBracketsAreStoppedAtTheDepthLimitWithALine() {
        String content = PRODUCT + "extra: " + "[".repeat(5000) + "\n";

        CatalogueProblem problem = onlyProblem(read(content));

        assertThat(problem.line()).isEqualTo(lineOf(content, "extra:"));
        assertThat(problem.message()).contains("nested more than 20 deep", "catalog.limits.max-depth")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void aLineOverTheLimitIsReportedWithTheSettingAndNeverReachesTheParser() {
        FileLimits limits = new FileLimits(64L << 20, 10_000, 20, 10);
        AtomicInteger parserReads = new AtomicInteger();
        String content = "id: x\nsummary: " + "x".repeat(20 << 20) + "\n";

        YamlDocumentReader.Result result = YamlDocumentReader.read(FILE, bytes(content), limits,
                parserReads::incrementAndGet);

        assertThat(onlyProblem(result).format()).isEqualTo(FILE + ":2:10001: the line is longer than the limit of "
                + "10000 characters (catalog.limits.max-line-length); break the text over several lines: YAML joins "
                + "the lines of a plain or quoted text with spaces");
        assertThat(parserReads).as("the parser never read the text").hasValue(0);
    }

    @Test
    void aLineAtTheLimitIsFine() {
        FileLimits limits = new FileLimits(FileLimits.DEFAULTS.maxFileSize(), 100, 20, 10);
        String atLimit = "summary: " + "x".repeat(100 - "summary: ".length()) + "\n";

        assertThat(YamlDocumentReader.read(FILE, bytes(atLimit), limits, LoadControl.NONE).problems()).isEmpty();
        assertThat(YamlDocumentReader.read(FILE, bytes("x" + atLimit), limits, LoadControl.NONE).problems())
                .singleElement().satisfies(p -> assertThat(p.column()).isEqualTo(101));
    }

    @Test
    void aStopReachesAParseUnderWay() {
        String content = "pros:\n" + "  - a pro that is long enough\n".repeat(10_000);
        AtomicInteger checks = new AtomicInteger();

        assertThatThrownBy(() -> YamlDocumentReader.read(FILE, bytes(content), FileLimits.DEFAULTS, () -> {
            if (checks.incrementAndGet() == 100) {
                throw new LoadStoppedException(LoadStoppedException.Reason.SUPERSEDED, "stop");
            }
        })).isInstanceOf(LoadStoppedException.class);
        assertThat(checks).as("asked every 1,024 characters, not just at the start").hasValue(100);
    }

    @Test
    void manyProblemsOfAGarbledFileAreCappedWithACount() {
        byte[] garbled = new byte[2000];
        for (int i = 0; i < garbled.length; i++) {
            garbled[i] = i % 20 == 19 ? (byte) '\n' : (byte) 0xE9;
        }

        List<CatalogueProblem> problems = read(garbled).problems();

        assertThat(problems).hasSize(10);
        assertThat(problems.get(9).message()).endsWith("; and 90 more problem(s) like these further on");
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replace(byte[] content, String ascii, byte[] replacement) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(ascii);
        byte[] result = new byte[content.length - ascii.length() + replacement.length];
        System.arraycopy(content, 0, result, 0, at);
        System.arraycopy(replacement, 0, result, at, replacement.length);
        System.arraycopy(content, at + ascii.length(), result, at + replacement.length,
                content.length - at - ascii.length());
        return result;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = new byte[first.length + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
