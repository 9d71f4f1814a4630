package io.inversionpicks.sync;

import io.inversionpicks.sync.feed.FeedFormat;
import io.inversionpicks.sync.feed.FeedMapping;
import io.inversionpicks.sync.feed.MatchBy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Fetching retailer data (prefix {@code sync}). The names are the operator's contract: keep them stable across
 * versions, so that settings made once keep working (environment variables map as usual, e.g.
 * {@code SYNC_AMAZON_CREDENTIAL_ID}).
 */
@ConfigMapping(prefix = "sync")
public interface SyncConfig {

    /**
     * How often retailer data is fetched, e.g. {@code 1h}, or {@code off}. Below 24 hours, since Amazon's data may be
     * shown for 24 hours at most: a longer interval would leave readers without prices for part of every day. The
     * scheduler reads it from the configuration itself; it is declared here so the key is known and checked.
     */
    @WithDefault("1h")
    String every();

    /**
     * How often each replica looks for a sync run that another replica did (one small query, never one per request),
     * and deletes Amazon data past 24 hours, e.g. {@code 30s}, or {@code off}. The clustered scheduler runs the sync
     * on one replica; the others show its data within this time.
     */
    @WithDefault("30s")
    String refreshEvery();

    Amazon amazon();

    /** Product feeds of non-Amazon retailers by name ({@code sync.feeds.<name>.*}); the name is in the source. */
    Map<String, Feed> feeds();

    /**
     * One retailer's product feed (an affiliate network's CSV, TSV, XML or JSON file), by URL or as a file. Its rows
     * are matched to the retailer's catalogue offers; a matched row's price, availability and image replace what
     * the files say, for as long as the retailer's {@code maxPriceAgeHours} allows.
     */
    interface Feed {

        /** The catalogue retailer whose offers the feed prices, e.g. {@code walmart}. */
        String retailer();

        /** An http(s) URL, or a file path. */
        String location();

        /** csv, tsv, xml or json. */
        FeedFormat format();

        /** How rows find their offer: url, or sku or gtin where the catalogue's offers give them. */
        @WithDefault("url")
        MatchBy matchBy();

        Optional<String> productUrlField();

        Optional<String> skuField();

        Optional<String> gtinField();

        String priceField();

        Optional<String> currencyField();

        Optional<String> availabilityField();

        Optional<String> imageUrlField();

        /** For rows whose price names no currency. */
        @WithDefault("USD")
        String defaultCurrency();

        /** XML: the repeated element holding one product, e.g. {@code product}. */
        Optional<String> itemElement();

        /** JSON: the property holding the array of products, when the feed is not a top-level array. */
        Optional<String> arrayProperty();

        /** A feed matching fewer of the retailer's offers than this share is ignored, keeping the previous data. */
        @WithDefault("0.5")
        double minimumMatchedShare();

        default FeedMapping mapping() {
            return new FeedMapping(productUrlField().orElse(null), skuField().orElse(null),
                    gtinField().orElse(null), priceField(), currencyField().orElse(null),
                    availabilityField().orElse(null), imageUrlField().orElse(null), defaultCurrency(),
                    itemElement().orElse(null), arrayProperty().orElse(null));
        }
    }

    /** Amazon's Creators API; without credentials nothing is fetched and Amazon offers show no price. */
    interface Amazon {

        Optional<String> credentialId();

        Optional<String> credentialSecret();

        /** Picks the token endpoint: 2.1, 2.2, 2.3 (Cognito) or 3.1, 3.2, 3.3 (Login with Amazon). */
        Optional<String> credentialVersion();

        /** The Associates tracking id ({@code yourtag-20}). */
        Optional<String> partnerTag();

        @WithDefault("www.amazon.com")
        String marketplace();

        @WithDefault("https://creatorsapi.amazon")
        String apiUrl();

        /** The token endpoint; by default the one of the credential version. Set it to use a stand-in. */
        Optional<String> tokenUrl();

        /** Calls per second at most; Amazon's default allowance is one. */
        @WithDefault("1")
        double requestsPerSecond();

        /** Attempts per call when Amazon answers 429 or 5xx, waiting {@link #backoff()} doubled each time. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("1s")
        Duration backoff();

        @WithDefault("60s")
        Duration requestTimeout();

        default boolean configured() {
            return credentialId().isPresent() && credentialSecret().isPresent() && credentialVersion().isPresent()
                    && partnerTag().isPresent();
        }
    }
}
