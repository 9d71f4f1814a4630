package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The editors' command: one line per problem, linkable as path:line:column, and an exit code for hooks and CI. */
class ValidateCatalogueTest {

    private static final CatalogueFolder FOLDER = CatalogueFolder.create();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void validFolder() {
        FOLDER.reset();
    }

    private int run(String... args) {
        return ValidateCatalogue.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Fixtures.NOW);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void validFolderExitsZeroWithASummary() {
        assertThat(run(FOLDER.root().toString())).isEqualTo(0);
        assertThat(outLines())
                .isEqualTo(List.of(FOLDER.root() + ": OK, 22 products (12 active), version "
                + outLines().get(0).substring(outLines().get(0).length() - 12)));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("");
    }

    @Test
    void withoutArgumentsItChecksTheShippedCatalogue() {
        assertThat(run()).isEqualTo(0);
        assertThat(outLines().get(0).startsWith(Fixtures.SHIPPED_CATALOGUE + ": OK, "))
                .as(outLines()::toString)
                .isTrue();
    }

    @Test
    void everyProblemIsOneLinkableLineAndTheExitCodeIsOne() {
        FOLDER.edit(TEST_PRODUCT, c -> c.replace("https://www.amazon.com", "https://www.ebay.com"));
        FOLDER.edit("categories.yaml", c -> c + "  - {id: gravity-boots, name: Boots again, description: Twice.}\n");
        String product = FOLDER.read(TEST_PRODUCT);
        String categories = FOLDER.read("categories.yaml");

        assertThat(run(FOLDER.root().toString())).isEqualTo(1);

        List<String> lines = outLines();
        assertThat(lines.size()).as(lines::toString).isEqualTo(3);
        assertThat(lines.get(0))
                .isEqualTo(FOLDER.root().resolve("categories.yaml") + ":" + lineOf(categories, "Boots again")
                + ":6: categories[4].id: duplicate id 'gravity-boots'; first defined on line "
                + lineOf(categories, "id: gravity-boots"));
        assertThat(lines.get(1))
                .isEqualTo(FOLDER.root().resolve(TEST_PRODUCT) + ":" + lineOf(product, "url: https://www.ebay.com")
                + ":5: offers[0].url: host 'www.ebay.com' is not allowed for retailer 'amazon'; allowed: "
                + "www.amazon.com, amazon.com");
        assertThat(lines.get(2))
                .isEqualTo(FOLDER.root() + ": 2 problem(s); the service would reject this catalogue and keep serving "
                + "the last good one");
    }

    @Test
    void aMissingFolderIsAProblemToo() {
        assertThat(run("no/such/folder")).isEqualTo(1);
        assertThat(outLines().get(0).startsWith("no/such/folder: catalogue folder does not exist"))
                .as(outLines()::toString)
                .isTrue();
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("one", "two")).isEqualTo(2);
        assertThat(run("--help")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).startsWith("usage: ")).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("");
    }
}
