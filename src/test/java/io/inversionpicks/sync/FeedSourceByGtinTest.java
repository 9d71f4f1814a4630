package io.inversionpicks.sync;

import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.model.Availability;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.sync.feed.FeedFormat;
import io.inversionpicks.sync.feed.MatchBy;
import io.inversionpicks.sync.store.FetchedOffer;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.FeedStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the editor's file to the stored data: offers that give a {@code gtin} in the catalogue are priced by a TSV
 * feed matched by GTIN, whatever URL the feed gives, and a GTIN-12 in the file matches its GTIN-13 in the feed.
 */
class FeedSourceByGtinTest {

    private static final String TABLE = "innova-itx9600";
    private static final String TEST_TABLE = CatalogueFolder.TEST_PRODUCT_ID;

    @TempDir
    Path work;

    @Test
    void rowsMatchOffersByGtinFromTheCatalogueFiles() throws IOException {
        CatalogueFolder folder = CatalogueFolder.create();
        withGtin(folder, "products/innova-itx9600.yaml", FeedStandIn.WALMART_OFFERS.get(TABLE), "012345678905");
        withGtin(folder, CatalogueFolder.TEST_PRODUCT, "https://www.walmart.com/ip/test-table", "00036000291452");
        Catalogue catalogue = load(folder);
        Path feed = Files.writeString(work.resolve("walmart.tsv"), String.join("\n",
                "upc\tprice\tstock\tlink",
                // Matched by barcode although the feed's link is a tracking redirect, not the offer URL.
                "0012345678905\t118.40\tin stock\thttps://goto.walmart.com/c/123/456?u=itx9600",
                "36000291452\t\tout of stock\thttps://goto.walmart.com/c/123/456?u=test",
                "999999999999\t10.00\tin stock\thttps://goto.walmart.com/c/123/456?u=other", ""));

        FeedSource.Fetch fetch = new FeedSource(Clock.fixed(NOW, ZoneOffset.UTC))
                .fetch("walmart-gtin", feed(feed.toString()), catalogue);

        Map<String, FetchedOffer> byProduct = fetch.fetched().stream()
                .collect(Collectors.toMap(FetchedOffer::productId, Function.identity()));
        assertThat(byProduct).containsOnlyKeys(TABLE, TEST_TABLE);
        assertThat(byProduct.get(TABLE).amount()).isEqualByComparingTo(new BigDecimal("118.40"));
        assertThat(byProduct.get(TABLE).source()).isEqualTo("feed:walmart-gtin");
        assertThat(byProduct.get(TEST_TABLE).availability()).isEqualTo(Availability.OUT_OF_STOCK);
        assertThat(fetch.errors()).isEmpty();
    }

    private static void withGtin(CatalogueFolder folder, String file, String url, String gtin) {
        String content = folder.read(file);
        assertThat(content).contains("url: " + url + "\n");
        folder.write(file, content.replace("url: " + url + "\n", "url: " + url + "\n    gtin: \"" + gtin + "\"\n"));
    }

    private static Catalogue load(CatalogueFolder folder) {
        LoadResult result = new CatalogueLoader().load(folder.root(), NOW);
        assertThat(result).as(result.toString()).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).catalogue();
    }

    /** Only the two offers with a GTIN can match, so no minimum share keeps the feed out. */
    private static SyncConfig.Feed feed(String location) {
        return new SyncConfig.Feed() {
            public String retailer() {
                return "walmart";
            }

            public String location() {
                return location;
            }

            public FeedFormat format() {
                return FeedFormat.TSV;
            }

            public MatchBy matchBy() {
                return MatchBy.GTIN;
            }

            public Optional<String> productUrlField() {
                return Optional.of("link");
            }

            public Optional<String> skuField() {
                return Optional.empty();
            }

            public Optional<String> gtinField() {
                return Optional.of("upc");
            }

            public String priceField() {
                return "price";
            }

            public Optional<String> currencyField() {
                return Optional.empty();
            }

            public Optional<String> availabilityField() {
                return Optional.of("stock");
            }

            public Optional<String> imageUrlField() {
                return Optional.empty();
            }

            public String defaultCurrency() {
                return "USD";
            }

            public Optional<String> itemElement() {
                return Optional.empty();
            }

            public Optional<String> arrayProperty() {
                return Optional.empty();
            }

            public double minimumMatchedShare() {
                return 0;
            }
        };
    }
}
