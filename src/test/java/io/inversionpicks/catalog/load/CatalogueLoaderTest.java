package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.catalog.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The loader reports every problem of a catalogue at once, each with file, line and field. */
class CatalogueLoaderTest {

    private static final CatalogueLoader LOADER = new CatalogueLoader();
    private static final LoadResult.Invalid INVALID = (LoadResult.Invalid) LOADER.load(
            Path.of("src/test/resources/catalogs/invalid-many"), NOW);

    @Test
    void shippedCatalogueIsValidAndComplete() {
        LoadResult result = LOADER.load(Fixtures.SHIPPED_CATALOGUE, NOW);
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        List<Product> products = ((LoadResult.Loaded) result).catalogue().products();
        assertThat(products).hasSizeGreaterThanOrEqualTo(16);
        Map<String, Long> perCategory = products.stream()
                .collect(Collectors.groupingBy(Product::category, Collectors.counting()));
        assertThat(perCategory).containsOnlyKeys("inversion-table", "gravity-boots", "inversion-chair", "yoga-trapeze");
        assertThat(perCategory.values()).allMatch(count -> count >= 3);
        assertThat(products).extracting(Product::id).contains("teeter-fitspine-x3", "innova-itx9600",
                "sutekus-gravity-boots", "yoga-trapeze-inversion-swing");
    }

    @Test
    void sameFilesGiveSameContentHash() {
        var first = (LoadResult.Loaded) LOADER.load(Path.of("src/test/resources/catalogs/small"), NOW);
        var second = (LoadResult.Loaded) LOADER.load(Path.of("src/test/resources/catalogs/small"), NOW);
        assertThat(first.contentHash()).isEqualTo(second.contentHash()).hasSize(64);
        assertThat(first.fileHashes()).containsKeys("retailers.yaml", "products/teeter-fitspine-x3.yaml");
    }

    @ParameterizedTest(name = "{0}:{1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            categories.yaml                            | 9  | categories[2].id  | duplicate id 'gravity-boots'; first defined on line 6
            disclosures.yaml                           | 5  | programmes        | missing disclosure for affiliate programme 'walmart-affiliates'
            products/broken.yaml                       | 2  | ""                | invalid YAML: the list opened with '[' here is not closed
            products/sutekus-gravity-boots.yaml        | 2  | id                | must match the file name 'sutekus-gravity-boots.yaml'
            products/sutekus-gravity-boots.yaml        | 5  | category          | unknown category 'gravity-boot' (not in categories.yaml); did you mean 'gravity-boots'?
            products/sutekus-gravity-boots.yaml        | 34 | offers[0].retailer | unknown retailer 'amazn' (not in retailers.yaml); did you mean 'amazon'?
            products/teeter-copy.yaml                  | 37 | offers[0].price   | whose prices may only come from its API (prices: api-only in affiliate-programmes.yaml)
            products/teeter-copy.yaml                  | 44 | offers[1].price.amount | exclusive minimum value of 0
            products/teeter-fitspine-x3.yaml           | 2  | id                | duplicate id 'teeter-fitspine-x3'; products/teeter-copy.yaml already uses it
            products/teeter-fitspine-x3.yaml           | 10 | lumbarSuport      | unknown field; did you mean 'lumbarSupport'?
            products/teeter-fitspine-x3.yaml           | 11 | maxUserWeightKg   | string found, number expected
            products/yoga-trapeze-inversion-swing.yaml | 2  | pros              | required field is missing
            products/yoga-trapeze-inversion-swing.yaml | 7  | beginnerFriendly  | beginner-friendly exactly when experienceLevel is 'new'
            products/yoga-trapeze-inversion-swing.yaml | 12 | userHeightCm.min  | min 200 must be below max 150
            products/yoga-trapeze-inversion-swing.yaml | 31 | offers[0].url     | host 'yogabody.example.net' is not allowed for retailer 'yogabody'
            products/yoga-trapeze-inversion-swing.yaml | 37 | offers[1].url     | must use https, not http
            """)
    void reportsEveryProblemWithFileLineAndField(String file, int line, String field, String message) {
        assertThat(INVALID.problems())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message()).contains(message);
                });
    }

    @Test
    void reportListsEachProblemOnItsOwnLineInCompilerFormat() {
        assertThat(INVALID.problems()).hasSize(17);
        assertThat(INVALID.report().lines()).hasSize(17)
                .contains("products/yoga-trapeze-inversion-swing.yaml:12:3: userHeightCm.min: min 200 must be below max 150");
    }

    @Test
    void eachMistakeIsReportedOnce() {
        // The schema leaves https and date checks to the rules, whose messages are clearer: one message per field.
        Map<String, Long> perField = INVALID.problems().stream()
                .collect(Collectors.groupingBy(p -> p.file() + ": " + p.field(), Collectors.counting()));
        assertThat(perField).allSatisfy((field, count) -> assertThat(count).as(field).isEqualTo(1L));
    }

    /** The schema validator speaks some 30 languages; a server's locale must not pick the editors' one. */
    @Test
    void messagesAreInEnglishWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            var invalid = (LoadResult.Invalid) new CatalogueLoader().load(
                    Path.of("src/test/resources/catalogs/invalid-many"), NOW);
            assertThat(invalid.report()).contains(
                    "products/teeter-fitspine-x3.yaml:11:1: maxUserWeightKg: string found, number expected",
                    "products/teeter-copy.yaml:44:7: offers[1].price.amount: must have an exclusive minimum value of 0");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingFolderIsOneClearProblem() {
        var result = (LoadResult.Invalid) LOADER.load(Path.of("does-not-exist"), NOW);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("catalog.path"));
    }
}
