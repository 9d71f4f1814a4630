package io.inversionpicks.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
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

    Amazon amazon();

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
