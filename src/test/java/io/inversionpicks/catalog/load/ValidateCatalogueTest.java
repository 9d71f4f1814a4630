package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                new PrintStream(err, true, StandardCharsets.UTF_8), FixedClock.NOW);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void validFolderExitsZeroWithASummary() {
        assertEquals(0, run(FOLDER.root().toString()));
        assertEquals(List.of(FOLDER.root() + ": OK, 20 products (20 active), version "
                + outLines().get(0).substring(outLines().get(0).length() - 12)), outLines());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutArgumentsItChecksTheShippedCatalogue() {
        assertEquals(0, run());
        assertTrue(outLines().get(0).startsWith("catalog-data: OK, "), outLines()::toString);
    }

    @Test
    void everyProblemIsOneLinkableLineAndTheExitCodeIsOne() {
        FOLDER.edit(TEST_PRODUCT, c -> c.replace("https://www.amazon.com", "https://www.ebay.com"));
        FOLDER.edit("categories.yaml", c -> c + "  - {id: gravity-boots, name: Boots again, description: Twice.}\n");
        String product = FOLDER.read(TEST_PRODUCT);
        String categories = FOLDER.read("categories.yaml");

        assertEquals(1, run(FOLDER.root().toString()));

        List<String> lines = outLines();
        assertEquals(3, lines.size(), lines::toString);
        assertEquals(FOLDER.root().resolve("categories.yaml") + ":" + lineOf(categories, "Boots again")
                + ":6: categories[4].id: duplicate id 'gravity-boots'; first defined on line "
                + lineOf(categories, "id: gravity-boots"), lines.get(0));
        assertEquals(FOLDER.root().resolve(TEST_PRODUCT) + ":" + lineOf(product, "url: https://www.ebay.com")
                + ":5: offers[0].url: host 'www.ebay.com' is not allowed for retailer 'amazon'; allowed: "
                + "www.amazon.com, amazon.com", lines.get(1));
        assertEquals(FOLDER.root() + ": 2 problem(s); the service would reject this catalogue and keep serving "
                + "the last good one", lines.get(2));
    }

    @Test
    void aMissingFolderIsAProblemToo() {
        assertEquals(1, run("no/such/folder"));
        assertTrue(outLines().get(0).startsWith("no/such/folder: catalogue folder does not exist"),
                outLines()::toString);
    }

    @Test
    void wrongUsageExitsTwo() {
        assertEquals(2, run("one", "two"));
        assertEquals(2, run("--help"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: "));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
