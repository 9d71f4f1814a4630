package io.inversionpicks.testing;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A local stand-in for an affiliate network serving Walmart's product feed as CSV (WireMock, real HTTP on loopback),
 * with the service configured to read it as feed {@code walmart}. Tests choose what the feed holds.
 */
public class FeedStandIn extends WireMockStandIn {

    public static final String PATH = "/feeds/walmart.csv";
    /**
     * The shipped catalogue's Walmart offers on active products: product id, then the offer URL. (Since issue 17 retired
     * the products no source backed, one is left.)
     */
    public static final Map<String, String> WALMART_OFFERS = Map.of(
            "innova-itx9600", "https://www.walmart.com/ip/Innova-ITX9600-Heavy-Duty-Inversion-Table/37418265");

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    protected Map<String, String> configuration(WireMockServer started, String base) {
        server = started;
        return Map.ofEntries(
                // A feed an operator pointed at Amazon by mistake: it must never be read, however well it matches.
                Map.entry("sync.feeds.amazon-by-mistake.retailer", "amazon"),
                Map.entry("sync.feeds.amazon-by-mistake.location", base + PATH),
                Map.entry("sync.feeds.amazon-by-mistake.format", "csv"),
                Map.entry("sync.feeds.amazon-by-mistake.product-url-field", "merchant_deep_link"),
                Map.entry("sync.feeds.amazon-by-mistake.price-field", "search_price"),
                Map.entry("sync.feeds.amazon-by-mistake.minimum-matched-share", "0"),
                Map.entry("sync.feeds.walmart.retailer", "walmart"),
                Map.entry("sync.feeds.walmart.location", base + PATH),
                Map.entry("sync.feeds.walmart.format", "csv"),
                Map.entry("sync.feeds.walmart.product-url-field", "merchant_deep_link"),
                Map.entry("sync.feeds.walmart.price-field", "search_price"),
                Map.entry("sync.feeds.walmart.currency-field", "currency"),
                Map.entry("sync.feeds.walmart.availability-field", "in_stock"),
                Map.entry("sync.feeds.walmart.image-url-field", "merchant_image_url"));
    }

    /** The feed answers with this CSV body. */
    public static void serves(String csv) {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=utf-8").withBody(csv)));
    }

    /** The feed is gone. */
    public static void missing() {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)));
    }
}
