package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list and text in the catalogue has a maximum, so that one file can't bloat every response, page and widget
 * that shows it (a product with 10,000 pros made /products?size=100 ten times larger).
 */
class SchemaLimitsTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/schemas");
    private static final CatalogueFolder FOLDER = CatalogueFolder.create();

    @ParameterizedTest
    @EnumSource(CatalogueFileKind.class)
    void everyListTextAndMapInTheSchemaHasAMaximum(CatalogueFileKind kind) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMAS.resolve(kind.schema()).toFile());
        List<String> unbounded = new ArrayList<>();
        collectUnbounded(schema, "", unbounded);
        assertThat(unbounded).as(kind.schema()).isEmpty();
    }

    private static void collectUnbounded(JsonNode node, String pointer, List<String> unbounded) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            boolean isMap = type.equals("object") && node.path("additionalProperties").isObject();
            if (type.equals("array") && !node.has("maxItems") || type.equals("string") && !node.has("maxLength")
                    || isMap && !node.has("maxProperties")) {
                unbounded.add(pointer.isEmpty() ? "/" : pointer);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectUnbounded(field.getValue(), pointer + "/" + field.getKey(), unbounded);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnbounded(node.get(i), pointer + "/" + i, unbounded);
            }
        }
    }

    @Test
    void aProductWithTenThousandProsIsRejectedAtItsProsLine() {
        FOLDER.reset();
        FOLDER.edit(TEST_PRODUCT, c -> c.replace("pros:\n  - Solid steel frame\n",
                "pros:\n" + "  - Solid steel frame\n".repeat(10_000)));

        List<CatalogueProblem> problems = ((LoadResult.Invalid) new CatalogueLoader().load(FOLDER.root(),
                Fixtures.NOW)).problems();

        assertThat(problems).extracting(CatalogueProblem::format).containsExactly(TEST_PRODUCT + ":"
                + lineOf(FOLDER.read(TEST_PRODUCT), "pros:") + ":1: pros: must have at most 8 items but found 10,000");
    }

    /** One offer per retailer is a rule; the schema still caps the list, whatever retailers.yaml holds. */
    @Test
    void moreThanTenOffersAreRejectedAtTheOffersLine() {
        FOLDER.reset();
        String product = FOLDER.read(TEST_PRODUCT);
        int first = product.indexOf("  - retailer:");
        String offer = product.substring(first, product.indexOf("  - retailer:", first + 1));
        FOLDER.edit(TEST_PRODUCT, c -> c + offer.repeat(9)); // two offers already

        List<CatalogueProblem> problems = ((LoadResult.Invalid) new CatalogueLoader().load(FOLDER.root(),
                Fixtures.NOW)).problems();

        assertThat(problems).extracting(CatalogueProblem::format).contains(TEST_PRODUCT + ":"
                + lineOf(FOLDER.read(TEST_PRODUCT), "offers:") + ":1: offers: must have at most 10 items but found 11");
    }
}
