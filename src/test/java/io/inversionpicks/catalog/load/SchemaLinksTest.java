package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped catalogue file starts with the VS Code YAML extension's schema line, pointing at the schema in the
 * repository (the same file the server validates with and serves at /schemas/).
 */
class SchemaLinksTest {

    private static final Path CATALOGUE = Fixtures.SHIPPED_CATALOGUE;
    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/schemas");
    private static final String SCHEMA_LINE = "# yaml-language-server: $schema=";

    @Test
    void everyCatalogueFilePointsAtItsSchemaInTheRepository() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CATALOGUE)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files.isEmpty()).isFalse();
        for (Path file : files) {
            String firstLine = Files.readAllLines(file).get(0);
            assertThat(firstLine.startsWith(SCHEMA_LINE)).as(file + " starts with '" + firstLine + "'").isTrue();
            Path schema = file.getParent().resolve(firstLine.substring(SCHEMA_LINE.length())).normalize();
            assertThat(Files.isRegularFile(schema)).as(file + " points at missing " + schema).isTrue();
            assertThat(schema).as(file.toString()).isEqualTo(SCHEMAS.resolve(expectedSchema(file)).normalize());
        }
    }

    private static String expectedSchema(Path file) {
        String name = file.getFileName().toString().replace(".yaml", "");
        boolean product = file.getParent().getFileName().toString().equals(CatalogueFileKind.PRODUCTS_FOLDER);
        return product ? CatalogueFileKind.PRODUCT.schema() : name + ".schema.json";
    }
}
