package io.inversionpicks.links;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Checking the catalogue's offer links (prefix {@code links}). Names are the operator's contract, like
 * {@code sync.*}: environment variables map as usual ({@code LINKS_CHECK_EVERY}).
 */
@ConfigMapping(prefix = "links")
public interface LinkConfig {

    /**
     * How often every offer link is checked, once per cluster, e.g. {@code 24h}, or {@code off}. The scheduler reads
     * it from the configuration itself; it is declared here so the key is known and checked.
     */
    @WithDefault("24h")
    String checkEvery();

    /**
     * How often each replica looks for a check round another replica did (one small query), e.g. {@code 30s}, or
     * {@code off}: the clustered scheduler checks on one replica, the others hide and show offers within this time.
     */
    @WithDefault("30s")
    String refreshEvery();

    /** Politeness: at least this long between two requests to one host. */
    @WithDefault("2s")
    Duration perHostInterval();

    /** Connecting and waiting for each answer; a slower server counts as unreachable. */
    @WithDefault("10s")
    Duration timeout();

    /** Redirects followed per link; more counts as unreachable (a loop is found before that). */
    @WithDefault("5")
    int maxRedirects();

    /** The most of a page read to look for stock markers; the rest is not downloaded. */
    @WithDefault("262144")
    int maxBodyBytes();

    /** Checks kept per offer, newest first: enough to see since when a link has been failing. */
    @WithDefault("20")
    int history();

    /** The User-Agent sent; by default it names the service and {@code site.public-base-url}. */
    Optional<String> userAgent();

    /** Where to POST a JSON notice when an offer turns broken or comes back; none by default. */
    Optional<String> webhookUrl();

    /**
     * For tests and staging only, like {@code curl --connect-to}: requests for a catalogue host go to another base
     * URL instead, e.g. {@code links.resolve."www.walmart.com"=http://127.0.0.1:8089}. The offer URL, its host and
     * the redirects judged stay those of the catalogue.
     */
    Map<String, String> resolve();
}
