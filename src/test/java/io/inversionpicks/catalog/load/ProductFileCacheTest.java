package io.inversionpicks.catalog.load;

import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.testing.CatalogueFolder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reload parses only the product files that changed, and reusing the others never changes the outcome: the
 * catalogue is the one a fresh loader reads, and cross-file problems in unchanged files are still found, at their line.
 */
class ProductFileCacheTest {

    private static final String OTHER = "products/teeter-fitspine-x3.yaml";

    private final CatalogueFolder folder = CatalogueFolder.create();
    private final CatalogueLoader loader = new CatalogueLoader();

    @Test
    void unchangedFilesAreReusedAndAnEditedOneIsReadAgain() {
        ProductsByFile first = load(loader);
        folder.edit(TEST_PRODUCT, c -> c.replace("name: Test Inversion Table", "name: Renamed Table"));

        ProductsByFile second = load(loader);

        assertThat(second.product(OTHER)).isSameAs(first.product(OTHER));
        assertThat(second.product(TEST_PRODUCT)).isNotSameAs(first.product(TEST_PRODUCT));
        assertThat(second.product(TEST_PRODUCT).name()).isEqualTo("Renamed Table");
        assertThat(second.loaded()).isEqualTo(load(new CatalogueLoader()).loaded());
    }

    @Test
    void crossFileRulesStillCheckUnchangedFilesAndPointAtTheLine() {
        load(loader);
        folder.edit("retailers.yaml", c -> c.replace("allowedHosts: [www.amazon.com, amazon.com]",
                "allowedHosts: [www.amazon.co.uk]"));

        var invalid = (LoadResult.Invalid) loader.load(folder.root(), NOW);

        assertThat(invalid.problems()).filteredOn(p -> p.file().equals(TEST_PRODUCT)).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(lineOf(folder.read(TEST_PRODUCT), "url: https://www.amazon.com"));
                    assertThat(p.field()).isEqualTo("offers[0].url");
                    assertThat(p.message()).contains("host 'www.amazon.com' is not allowed for retailer 'amazon'");
                });
    }

    @Test
    void aFileThatBecomesInvalidIsReportedAndNotServedFromTheCache() {
        load(loader);
        folder.edit(TEST_PRODUCT, c -> c.replace("maxUserWeightKg: 136", "maxUserWeightKg: heavy"));

        var invalid = (LoadResult.Invalid) loader.load(folder.root(), NOW);

        assertThat(invalid.problems()).extracting(CatalogueProblem::field).containsExactly("maxUserWeightKg");
    }

    @Test
    void rememberedProductsAreUsedOnlyForFilesWithTheSameBytes() {
        ProductsByFile recorded = load(new CatalogueLoader());
        Product stale = recorded.product(TEST_PRODUCT);
        Product seeded = new Product(stale.id(), stale.status(), "Seeded From Database", stale.brand(),
                stale.category(), stale.summary(), stale.beginnerFriendly(), stale.experienceLevel(),
                stale.lumbarSupport(), stale.maxUserWeightKg(), stale.userHeightCm(), stale.maxInversionAngleDeg(),
                stale.foldable(), stale.footprintCm(), stale.requires(), stale.safetyFeatures(), stale.goals(),
                stale.pros(), stale.cons(), stale.offers(), stale.sources());
        Map<String, String> hashes = recorded.loaded().fileHashes();

        loader.remember(hashes, List.of(seeded));
        assertThat(load(loader).product(TEST_PRODUCT).name()).isEqualTo("Seeded From Database");

        folder.edit(TEST_PRODUCT, c -> c + "\n# an edit after the version was recorded\n");
        assertThat(load(loader).product(TEST_PRODUCT).name()).isEqualTo("Test Inversion Table");
    }

    @Test
    void anUnbackedClaimInAnUnchangedFileIsReportedAgainOnEveryReload() {
        folder.edit(TEST_PRODUCT, c -> c.replace("  - Solid steel frame", "  - Doctor recommended steel frame"));
        List<String> first = problems(loader);

        List<String> again = problems(loader); // the file is unchanged: its product and claims come from the cache

        assertThat(first).singleElement().asString().startsWith(TEST_PRODUCT + ":"
                + folder.lineInFile(TEST_PRODUCT, "Doctor recommended") + ":5: pros[0]: \"doctor recommended\"");
        assertThat(again).isEqualTo(first).isEqualTo(problems(new CatalogueLoader()));
    }

    @Test
    void aClaimAddedToAFileOnceLoadedCleanIsFound() {
        load(loader);
        folder.edit(TEST_PRODUCT, c -> c.replace("  - Solid steel frame", "  - Cures back pain for good"));

        assertThat(problems(loader)).singleElement().asString().contains("pros[0]: \"cures\" is an absolute health claim");
    }

    @Test
    void aRememberedProductsClaimsAreTakenAsCheckedOnlyForTheBytesItWasRecordedFrom() {
        ProductsByFile recorded = load(new CatalogueLoader());
        loader.remember(recorded.loaded().fileHashes(), recorded.loaded().catalogue().products());
        folder.edit(TEST_PRODUCT, c -> c.replace("  - Solid steel frame", "  - Doctor recommended steel frame"));

        assertThat(problems(loader)).singleElement().asString().contains("\"doctor recommended\"");
    }

    /**
     * Product files are read on parallel threads; the problems still come in the order of the files and, within a
     * file, of the checks, exactly as one thread reading them in turn would report them.
     */
    @Test
    void problemsFromFilesReadInParallelComeInFileOrderEveryTime() {
        for (String file : List.of("products/a-broken.yaml", "products/m-broken.yaml", "products/z-broken.yaml")) {
            String id = file.substring("products/".length(), file.length() - ".yaml".length());
            folder.write(file, CatalogueFolder.testProduct().replace("id: test-table", "id: " + id)
                    .replace("maxUserWeightKg: 136", "maxUserWeightKg: heavy")
                    .replace("  - Solid steel frame", "  - Doctor recommended steel frame"));
        }
        folder.edit(TEST_PRODUCT, c -> c.replace("  - Solid steel frame", "  - A miracle of a frame"));

        List<String> first = problems(new CatalogueLoader());

        assertThat(first).extracting(p -> p.substring(0, p.indexOf(':'))).containsSubsequence(
                "products/a-broken.yaml", "products/m-broken.yaml", TEST_PRODUCT, "products/z-broken.yaml");
        assertThat(first).anyMatch(p -> p.startsWith(TEST_PRODUCT) && p.contains("miracle"));
        for (int i = 0; i < 5; i++) {
            assertThat(problems(new CatalogueLoader())).isEqualTo(first);
        }
    }

    private List<String> problems(CatalogueLoader with) {
        return ((LoadResult.Invalid) with.load(folder.root(), NOW)).problems().stream().map(CatalogueProblem::format)
                .toList();
    }

    private ProductsByFile load(CatalogueLoader with) {
        return new ProductsByFile((LoadResult.Loaded) with.load(folder.root(), NOW));
    }

    private record ProductsByFile(LoadResult.Loaded loaded) {
        Product product(String file) {
            String id = file.equals(TEST_PRODUCT) ? TEST_PRODUCT_ID
                    : file.substring("products/".length(), file.length() - ".yaml".length());
            return loaded.catalogue().products().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        }
    }
}
