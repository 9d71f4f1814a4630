package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * Every product that is served says where its facts come from ({@code sources}, required by the product schema),
 * and the claims check refuses a health claim that no source backs, pointing at the file and line.
 */
class ProductSourcesTest {

    private static final CatalogueFolder FOLDER = CatalogueFolder.create();
    private static final String FDA_SOURCE = """
              - url: https://www.example.com/manuals/test-table-fda
                supports: "the maker's manual: FDA 510(k) registration"
                claims: [FDA-registered]
            """;
    private final CatalogueLoader loader = new CatalogueLoader();

    @BeforeEach
    void validFolder() {
        FOLDER.reset();
    }

    @Test
    void everyShippedProductThatIsServedHasSources() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Fixtures.SHIPPED_CATALOGUE.resolve("products"))) {
            files = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode product = yaml.readTree(file.toFile());
            if ("retired".equals(product.path("status").asText())) {
                continue;
            }
            JsonNode sources = product.path("sources");
            assertThat(sources.isArray() && !sources.isEmpty()).as(file + " has sources").isTrue();
            for (JsonNode source : sources) {
                assertThat(source.path("url").asText()).as(file + " cites an https URL").startsWith("https://");
                assertThat(source.path("supports").asText()).as(file + " says what its source supports")
                        .isNotBlank();
            }
        }
    }

    @Test
    void theShippedCatalogueLoadsWithItsSources() {
        LoadResult.Loaded loaded = (LoadResult.Loaded) loader.load(Fixtures.SHIPPED_CATALOGUE, Fixtures.NOW);

        assertThat(loaded.catalogue().products()).filteredOn(Product::active)
                .allSatisfy(p -> assertThat(p.sources()).as(p.id()).isNotEmpty());
    }

    @Test
    void aProductWithoutSourcesIsRefusedWithItsFileAndLine() {
        FOLDER.edit(TEST_PRODUCT, c -> c.replace(CatalogueFolder.TEST_PRODUCT_SOURCES, ""));

        assertThat(problems()).extracting(CatalogueProblem::format)
                .containsExactly("products/test-table.yaml:" + FOLDER.lineInFile(TEST_PRODUCT, "id: test-table")
                        + ":1: sources: required field is missing");
    }

    @Test
    void aRetiredProductMayLackSourcesBecauseItIsNeverServed() {
        FOLDER.edit(TEST_PRODUCT, c -> c.replace(CatalogueFolder.TEST_PRODUCT_SOURCES, "")
                .replace("id: test-table\n", "id: test-table\nstatus: retired\n"));

        assertThat(loader.load(FOLDER.root(), Fixtures.NOW)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void anUnbackedClaimIsRefusedWithItsFileLineAndField() {
        FOLDER.edit(TEST_PRODUCT, c -> c.replace("  - Solid steel frame", "  - Doctor recommended steel frame"));

        assertThat(problems()).extracting(CatalogueProblem::format).containsExactly(
                "products/test-table.yaml:" + FOLDER.lineInFile(TEST_PRODUCT, "Doctor recommended") + ":5: pros[0]: "
                        + "\"doctor recommended\" is an absolute health claim ('doctor recommended'); describe what "
                        + "the product does instead, or back the claim with a source that supports it: add 'doctor "
                        + "recommended' to the claims of one of this product's sources");
    }

    @Test
    void aClaimIsAcceptedWhenOneOfTheProductsSourcesBacksIt() {
        FOLDER.edit(TEST_PRODUCT, c -> c.replace("  - Solid steel frame", "  - FDA-registered medical device")
                .replace("sources:\n", "sources:\n" + FDA_SOURCE));

        assertThat(loader.load(FOLDER.root(), Fixtures.NOW)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void aSourceBacksOnlyTheClaimItNames() {
        FOLDER.edit(TEST_PRODUCT, c -> c.replace("  - Solid steel frame", "  - FDA-approved medical device")
                .replace("sources:\n", "sources:\n" + FDA_SOURCE));

        assertThat(problems()).extracting(CatalogueProblem::field, CatalogueProblem::message)
                .singleElement().satisfies(p -> assertThat(p.toList().get(0)).isEqualTo("pros[0]"));
    }

    private List<CatalogueProblem> problems() {
        return assertThat(loader.load(FOLDER.root(), Fixtures.NOW))
                .asInstanceOf(type(LoadResult.Invalid.class)).actual().problems();
    }
}
