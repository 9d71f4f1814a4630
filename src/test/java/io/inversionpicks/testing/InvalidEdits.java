package io.inversionpicks.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.withLine;

/**
 * Mistakes editors make, each applied to a valid {@link CatalogueFolder}, with the one problem it must produce.
 * Shared by the loader test (messages) and the live-reload test (rejected while the old version keeps serving).
 */
public final class InvalidEdits {

    /**
     * @param file     the file the problem must name
     * @param lineText text on the line the problem must point at, or null for the file as a whole (line 0)
     * @param field    the field the problem must name ("" for the file as a whole)
     * @param message  a fragment the message must contain
     */
    public record Expected(String file, String lineText, String field, String message) {
    }

    public record Case(String name, Consumer<CatalogueFolder> edit, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private InvalidEdits() {
    }

    public static List<Case> all() {
        return Stream.of(List.of(
                product("broken YAML", c -> c.replace("pros:\n  - Solid steel frame", "pros: [Solid steel frame"),
                        "pros: [Solid", "", "the list opened with '[' here is not closed"),
                product("wrong type", c -> withLine(c, "maxUserWeightKg", "heavy"),
                        "maxUserWeightKg: heavy", "maxUserWeightKg", "string found, number expected"),
                product("invalid enum value", c -> withLine(c, "experienceLevel", "expert"),
                        "experienceLevel: expert", "experienceLevel", "enumeration"),
                edit("duplicate category id", "categories.yaml", c -> c + """
                          - id: inversion-table # duplicate
                            name: Tables again
                            description: The same id twice.
                        """, "# duplicate", "categories[4].id", "duplicate id 'inversion-table'"),
                edit("duplicate retailer id", "retailers.yaml", c -> c + """
                          - id: amazon # duplicate
                            name: Amazon again
                            programme: amazon-associates
                            allowedHosts: [www.amazon.com]
                            maxPriceAgeHours: 24
                            linkStyle: direct
                        """, "# duplicate", "retailers[5].id", "duplicate id 'amazon'"),
                product("unknown retailer", c -> c.replace("retailer: amazon", "retailer: amazonn"),
                        "retailer: amazonn", "offers[0].retailer", "unknown retailer 'amazonn'"),
                product("http URL", c -> c.replace("https://www.amazon.com", "http://www.amazon.com"),
                        "url: http://", "offers[0].url", "must use https, not http"),
                product("URL with a space", c -> c.replace("/dp/B000TEST01", "/dp/B000 TEST01"),
                        "url: https://www.amazon", "offers[0].url", "not a valid URL"),
                product("foreign host", c -> c.replace("https://www.amazon.com/dp/B000TEST01",
                                "https://www.ebay.com/itm/123"), "url: https://www.ebay.com",
                        "offers[0].url", "host 'www.ebay.com' is not allowed for retailer 'amazon'"),
                product("another party's affiliate tag, percent-encoded",
                        c -> c.replace("/dp/B000TEST01", "/dp/B000TEST01?t%61g=someone-else-20"), "url: https://www.amazon",
                        "offers[0].url", "'t%61g=someone-else-20' in the query is 'tag' (Amazon Associates"),
                product("negative price", c -> withLine(c, "      amount", "-5"),
                        "amount: -5", "offers[1].price.amount", "minimum"),
                product("unknown field", c -> c.replace("brand: Testbrand\n", "brand: Testbrand\ncolour: red\n"),
                        "colour: red", "colour", "unknown field"),
                product("missing required field", c -> c.replace("brand: Testbrand\n", ""),
                        "id: test-table", "brand", "required field is missing"),
                product("min height above max", c -> withLine(c, "  min", "200"),
                        "min: 200", "userHeightCm.min", "min 200 must be below max 198"),
                product("unknown category", c -> withLine(c, "category", "inversion-tables"),
                        "category: inversion-tables", "category", "did you mean 'inversion-table'?"),
                product("id does not match the file name", c -> withLine(c, "id", "test-table-2"),
                        "id: test-table-2", "id", "must match the file name 'test-table.yaml'"),
                product("beginnerFriendly inconsistent with experienceLevel",
                        c -> withLine(c, "experienceLevel", "experienced"), "beginnerFriendly:", "beginnerFriendly",
                        "beginner-friendly exactly when experienceLevel is 'new'"),
                product("duplicate YAML key", c -> c.replace("brand: Testbrand\n",
                                "brand: Testbrand\nname: Another Name\n"), "name: Another Name", "name",
                        "duplicate key"),
                product("price dated in the future", c -> withLine(c, "      asOf", "\"2026-12-25T00:00:00Z\""),
                        "asOf: \"2026-12-25", "offers[1].price.asOf", "is in the future"),
                product("price date not ISO-8601", c -> withLine(c, "      asOf", "\"23/11/2026\""),
                        "asOf: \"23/11/2026", "offers[1].price.asOf", "'23/11/2026' is not a valid date or date-time"),
                product("price seen on a day, without the time", c -> withLine(c, "      asOf", "\"2026-11-23\""),
                        "asOf: \"2026-11-23\"", "offers[1].price.asOf",
                        "has no time; readers are shown when a price was seen to the minute"),
                product("price typed in for an api-only programme (Amazon)", c -> c.replace(
                                "url: https://www.amazon.com/dp/B000TEST01\n", """
                                url: https://www.amazon.com/dp/B000TEST01
                                    price: # typed in
                                      amount: 289.99
                                      currency: USD
                                      asOf: "2026-11-23T08:00:00Z"
                                """.stripLeading()), "price: # typed in", "offers[0].price",
                        "whose prices may only come from its API (prices: api-only"),
                product("ASIN naming another product than the URL", c -> c.replace(
                                "url: https://www.amazon.com/dp/B000TEST01\n",
                                "url: https://www.amazon.com/dp/B000TEST01\n    asin: B000TEST09\n"),
                        "asin: B000TEST09", "offers[0].asin", "'B000TEST09' is not the ASIN of the URL"),
                product("ASIN in lower case", c -> c.replace("url: https://www.amazon.com/dp/B000TEST01\n",
                                "url: https://www.amazon.com/dp/B000TEST01\n    asin: b000test01\n"),
                        "asin: b000test01", "offers[0].asin", "'b000test01'"),
                product("ASIN at a retailer that is not Amazon", c -> c.replace(
                                "url: https://www.walmart.com/ip/test-table\n",
                                "url: https://www.walmart.com/ip/test-table\n    asin: B000TEST01\n"),
                        "asin: B000TEST01", "offers[1].asin", "only an Amazon offer has an ASIN"),
                product("GTIN with letters", c -> c.replace("url: https://www.walmart.com/ip/test-table\n",
                                "url: https://www.walmart.com/ip/test-table\n    gtin: 0123-4567\n"),
                        "gtin: 0123-4567", "offers[1].gtin", "'0123-4567'"),
                product("link pinned without a reason", c -> c.replace(
                                "url: https://www.walmart.com/ip/test-table\n",
                                "url: https://www.walmart.com/ip/test-table\n    showAnyway: ok\n"),
                        "showAnyway: ok", "offers[1].showAnyway", "must be at least 10 characters long"),
                product("link pinned with a reason made of spaces", c -> c.replace(
                                "url: https://www.walmart.com/ip/test-table\n",
                                "url: https://www.walmart.com/ip/test-table\n    showAnyway: \"            \"\n"),
                        "showAnyway: ", "offers[1].showAnyway", "say why the offer is shown"),
                product("star rating", c -> c + "rating: 4.5\n", "rating: 4.5", "rating",
                        "the catalogue takes no star ratings"),
                product("review count", c -> c + "reviewCount: 1200\n", "reviewCount: 1200", "reviewCount",
                        "the catalogue takes no review counts"),
                product("image URL", c -> c + "imageUrl: https://m.media-amazon.com/images/I/x.jpg\n",
                        "imageUrl:", "imageUrl", "the catalogue takes no product images"),
                product("mixed currencies", c -> withLine(c, "      currency", "EUR"),
                        "currency: EUR", "offers[1].price.currency", "differs from USD"),
                product("two offers at one retailer", c -> c + """
                          - retailer: amazon # second
                            url: https://www.amazon.com/dp/B000TEST02
                        """, "# second", "offers[2].retailer", "a second offer at 'amazon'"),
                // Issue 17: every served product says where its facts come from, and makes no health claim it cannot back.
                product("product without sources", c -> c.replace(CatalogueFolder.TEST_PRODUCT_SOURCES, ""),
                        "id: test-table", "sources", "required field is missing"),
                product("source that is not https", c -> c.replace("url: https://www.example.com/manuals",
                                "url: http://www.example.com/manuals"), "url: http://www.example.com/manuals",
                        "sources[0].url", "does not match the regex pattern"),
                product("absolute health claim", c -> c.replace("  - Solid steel frame", "  - Cures sciatica"),
                        "Cures sciatica", "pros[0]", "\"cures\" is an absolute health claim ('cures')"),
                product("health claim hidden by a soft hyphen and a non-breaking space", c -> c.replace(
                                "  - Heavy to move", "  - \u201CClini\u00ADcally\u00A0proven\u201D frame"),
                        "Clini", "cons[0]", "\"clinically proven\" is an absolute health claim"),
                product("health claim in look-alike letters of another alphabet", c -> c.replace(
                                "  - Solid steel frame", "  - Cur\u0435s sciatica"), "sciatica", "pros[0]",
                        "\"Cur\u0435s\" mixes alphabets: '\u0435' (U+0435, Cyrillic) looks like the Latin 'e'; retype "
                                + "the word in Latin letters (the text then reads as the health claim 'cures'"),
                product("summary promising a medical outcome", c -> c.replace("used by the catalogue tests",
                                "that relieves back pain"), "summary:", "summary",
                        "a summary must not promise a medical outcome (\"relieves back pain\")"),
                product("empty file", c -> "", null, "", "the file is empty"),
                new Case(".yml extension", f -> f.move(TEST_PRODUCT, "products/test-table.yml"),
                        new Expected("products/test-table.yml", null, "", "rename to .yaml")),
                new Case("misnamed top-level file", f -> f.write("retailer.yaml", f.read("retailers.yaml")),
                        new Expected("retailer.yaml", null, "", "did you mean 'retailers.yaml'?")),
                new Case("required file deleted", f -> f.delete("disclosures.yaml"),
                        new Expected("disclosures.yaml", null, "", "required catalogue file is missing")),
                edit("missing disclosure", "disclosures.yaml",
                        c -> c.replaceAll("(?m)^  amazon-associates:.*\n", ""), "programmes:", "programmes",
                        "missing disclosure for affiliate programme 'amazon-associates'"),
                edit("Amazon disclosure without Amazon's statement", "disclosures.yaml",
                        c -> c.replace("As an Amazon Associate I earn from qualifying purchases.",
                                "We may earn a commission from Amazon."), "amazon-associates:",
                        "programmes.amazon-associates", "must contain \"As an Amazon Associate"),
                // A broken file that others refer to is reported once, not once per reference to it.
                edit("wrong type in retailers.yaml", "retailers.yaml",
                        c -> c.replaceFirst("maxPriceAgeHours: 24", "maxPriceAgeHours: a day"),
                        "maxPriceAgeHours: a day", "retailers[0].maxPriceAgeHours", "string found, integer expected"),
                edit("broken YAML in categories.yaml", "categories.yaml",
                        c -> c.replaceFirst("  - id: gravity-boots", "  - id: [gravity-boots"),
                        "id: [gravity-boots", "", "invalid YAML: the list opened with '['"),
                edit("unknown field in affiliate-programmes.yaml", "affiliate-programmes.yaml",
                        c -> c.replaceFirst("    tagParameter: tag\n", "    tagParameter: tag\n    tagParam: tag\n"),
                        "tagParam: tag", "programmes[0].tagParam", "did you mean 'tagParameter'?"),
                edit("Amazon prices kept longer than 24 hours", "retailers.yaml",
                        c -> c.replaceFirst("maxPriceAgeHours: 24", "maxPriceAgeHours: 48"),
                        "maxPriceAgeHours: 48", "retailers[0].maxPriceAgeHours",
                        "links to Amazon, whose prices may be shown for at most 24 hours"),
                new Case("Amazon's programme allowing prices from the files",
                        f -> f.edit("affiliate-programmes.yaml",
                                c -> c.replace("prices: api-only", "prices: catalogue")),
                        new Expected("retailers.yaml", "programme: amazon-associates", "retailers[0].programme",
                                "whose Associates policy allows only prices obtained from its API; set 'prices: "
                                        + "api-only' on programme 'amazon-associates'")),
                edit("Amazon retailer with tracked (redirecting) links", "retailers.yaml",
                        c -> c.replaceFirst("linkStyle: direct", "linkStyle: tracked"),
                        "linkStyle: tracked", "retailers[0].linkStyle",
                        "retailer 'amazon' links to Amazon, whose Associates policy forbids cloaked or redirecting "
                                + "links; add 'linkStyle: direct'"),
                edit("Amazon retailer without a link style", "retailers.yaml",
                        c -> c.replaceFirst("\n    linkStyle: direct", ""),
                        "- id: amazon", "retailers[0].linkStyle",
                        "links to Amazon, whose Associates policy forbids cloaked or redirecting links; add "
                                + "'linkStyle: direct' to it, so its links go straight to Amazon (clicks are still "
                                + "counted, by ping), not 'tracked'"),
                edit("unknown link style", "retailers.yaml",
                        c -> c.replaceFirst("linkStyle: direct", "linkStyle: cloaked"),
                        "linkStyle: cloaked", "retailers[0].linkStyle", "enumeration"),
                edit("unknown affiliate programme", "retailers.yaml",
                        c -> c.replaceFirst("programme: amazon-associates", "programme: amazon-associate"),
                        "programme: amazon-associate", "retailers[0].programme",
                        "unknown affiliate programme 'amazon-associate'"),
                // YAML features that would change the meaning of a file without a trace.
                product("YAML alias", c -> c.replace("pros:\n  - Solid steel frame", "pros: [*pin-lock]"),
                        "pros: [*pin-lock]", "pros[0]", "'*pin-lock' is a YAML alias"),
                product("YAML anchor", c -> c.replace("  - Ankle locks", "  - &pin-lock Ankle locks"),
                        "&pin-lock", "safetyFeatures[0]", "'&pin-lock' is a YAML anchor"),
                product("YAML tag", c -> withLine(c, "brand", "!!binary VGVzdGJyYW5k"),
                        "brand: !!binary", "brand", "'!!binary' is a YAML tag"),
                product("second YAML document", c -> c + "---\nid: another-table\n", "---", "",
                        "a second YAML document starts here"),
                new Case("Latin-1 byte", f -> f.writeBytes(TEST_PRODUCT, CatalogueFolder.testProduct()
                        .replace("Test Inversion Table", "Café Table").getBytes(StandardCharsets.ISO_8859_1)),
                        new Expected(TEST_PRODUCT, "name: Caf", "", "not UTF-8: byte 0xE9")),
                new Case("UTF-16 file", f -> f.writeBytes(TEST_PRODUCT,
                        CatalogueFolder.testProduct().getBytes(StandardCharsets.UTF_16)),
                        new Expected(TEST_PRODUCT, null, "", "not UTF-8: the file is UTF-16 text")),
                product("NUL byte", c -> c.replace("Testbrand", "Test\0brand"), "brand: Test", "", "a NUL character"),
                product("control character", c -> c.replace("Testbrand", "Test\u001Bbrand"), "brand: Test", "",
                        "the control character U+001B"),
                // Limits, each naming its setting.
                product("line too long", c -> withLine(c, "summary", "A" + " long".repeat(2000)), "summary: A long",
                        "", "longer than the limit of 10000 characters (catalog.limits.max-line-length)"),
                product("file too large", c -> c + "# padding\n".repeat(110_000), null, "",
                        "larger than the limit of 1.0 MiB per file (catalog.limits.max-file-size)"),
                product("nested too deep", c -> c + "extra: " + "[".repeat(25) + "]".repeat(25) + "\n", "extra:",
                        "extra" + "[0]".repeat(19), "nested more than 20 deep here (the limit, catalog.limits.max-depth)"),
                // Syntax errors, each at the line where the mistake is.
                product("unclosed quote", c -> withLine(c, "name", "\"Test Inversion Table"), "name: \"Test", "",
                        "the quote \" that starts here is not closed on this line"),
                product("tab indentation", c -> c.replace("  min: 142", "\tmin: 142"), "min: 142", "",
                        "a tab character; YAML indents with spaces only"),
                product("key out of line", c -> c.replace("  max: 198", " max: 198"), " max: 198", "",
                        "at an indentation that matches no level above it"),
                product("invalid escape", c -> withLine(c, "name", "\"Test \\q Table\""), "name: \"Test", "",
                        "'\\q' is not an escape YAML knows")),
                filesInUnknownPlaces(), symbolicLinks(), sizeLimits()).flatMap(List::stream).toList();
    }

    /** Nothing in the folder is silently ignored: what the service does not read is named, near misses corrected. */
    private static List<Case> filesInUnknownPlaces() {
        return List.of(
                moved("product in a sub-folder", "products/tables/test-table.yaml",
                        new Expected("products/tables", null, "", "sub-folder, not read")),
                moved("misspelt products folder", "product/test-table.yaml",
                        new Expected("product", null, "", "unknown folder, not read; did you mean 'products'?")),
                moved("upper-case .YAML extension", "products/test-table.YAML",
                        new Expected("products/test-table.YAML", null, "", "rename to .yaml")),
                new Case("stray file at the top level", f -> f.write("notes.txt", "call Teeter about the X3\n"),
                        new Expected("notes.txt", null, "", "unknown file, not read; a catalogue folder holds "
                                + "affiliate-programmes.yaml, categories.yaml")),
                new Case("non-YAML file among the products", f -> f.write("products/test-table.json", "{}"),
                        new Expected("products/test-table.json", null, "", "not a product file, not read")),
                new Case("editor's backup copy", f -> f.write("products/test-table.yaml~", f.read(TEST_PRODUCT)),
                        new Expected("products/test-table.yaml~", null, "", "a backup or temporary copy, not read")),
                new Case("folder named like a product file", f -> f.write("products/new.yaml/x.yaml", "id: x\n"),
                        new Expected("products/new.yaml", null, "", "sub-folder, not read")));
    }

    /** The service reads only files inside its folder, however they are linked. */
    private static List<Case> symbolicLinks() {
        String outside = "symbolic link to outside the catalogue folder";
        return List.of(
                // A valid product: followed, it would be published.
                new Case("product linked from outside the folder", f -> f.link(TEST_PRODUCT,
                        f.outside("test-table.yaml", f.read(TEST_PRODUCT))), new Expected(TEST_PRODUCT, null, "",
                        outside)),
                new Case("product linked to /etc/passwd", f -> f.link("products/passwd.yaml", Path.of("/etc/passwd")),
                        new Expected("products/passwd.yaml", null, "", outside + " (/etc/passwd)")),
                new Case("top-level file linked from outside the folder", f -> f.link("retailers.yaml",
                        f.outside("retailers.yaml", f.read("retailers.yaml"))), new Expected("retailers.yaml", null,
                        "", outside)),
                new Case("products folder linked from outside the folder", f -> f.link("products",
                        f.outside("products/test-table.yaml", f.read(TEST_PRODUCT)).getParent()),
                        new Expected("products", null, "", outside)),
                new Case("link to a file that does not exist", f -> f.link("products/gone.yaml",
                        Path.of("missing.yaml")), new Expected("products/gone.yaml", null, "",
                        "symbolic link to something that does not exist (missing.yaml)")));
    }

    /** Every list and text has a maximum, so one file can't bloat every response that shows it. */
    private static List<Case> sizeLimits() {
        String manyPros = "pros:\n" + "  - Another solid advantage\n".repeat(9);
        return List.of(
                product("more pros than allowed", c -> c.replace("pros:\n  - Solid steel frame\n", manyPros),
                        "pros:", "pros", "must have at most 8 items but found 9"),
                product("a safety feature longer than allowed", c -> c.replace("Ankle locks with long handles",
                                "Ankle locks with long handles" + " and more".repeat(15)), "Ankle locks",
                        "safetyFeatures[0]", "must be at most 160 characters long"),
                product("offer URL longer than allowed", c -> c.replace("/dp/B000TEST01",
                                "/dp/B000TEST01?th=" + "1".repeat(1000)), "url: https://www.amazon", "offers[0].url",
                        "must be at most 1,000 characters long"),
                edit("category description longer than allowed", "categories.yaml", c -> c.replaceFirst(
                                "description: Padded tables", "description: " + "Very long. ".repeat(40) + "Padded tables"),
                        "Very long.", "categories[0].description", "must be at most 400 characters long"),
                edit("disclosure longer than allowed", "disclosures.yaml", c -> c.replace(
                                "not for commission.", "not for commission." + " Really.".repeat(70)), "general:",
                        "general", "must be at most 600 characters long"));
    }

    /** The test product moved to another place in the folder (the product is then gone from products/). */
    private static Case moved(String name, String to, Expected expected) {
        return new Case(name, f -> {
            f.write(to, f.read(TEST_PRODUCT));
            f.delete(TEST_PRODUCT);
        }, expected);
    }

    private static Case product(String name, UnaryOperator<String> change, String lineText, String field,
                                String message) {
        return edit(name, TEST_PRODUCT, change, lineText, field, message);
    }

    private static Case edit(String name, String file, UnaryOperator<String> change, String lineText, String field,
                             String message) {
        return new Case(name, f -> f.edit(file, change), new Expected(file, lineText, field, message));
    }
}
