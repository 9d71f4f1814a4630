package io.inversionpicks.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A local stand-in for Amazon's Creators API and its token endpoint (WireMock, real HTTP on loopback), with the
 * service configured to use it: credential version 2.1, so the Cognito scope is asked for. By default it issues
 * token {@code tok-1} and answers {@code getItems} for every ASIN of the shipped catalogue, in stock, with one
 * per-item error; tests replace the stubs to make it misbehave.
 */
public class CreatorsApiStandIn extends WireMockStandIn {

    public static final String TOKEN_PATH = "/oauth2/token";
    public static final String GET_ITEMS = "/catalog/v1/getItems";
    /** Amazon answers for this ASIN with a per-item error: the aum yoga swing's only offer. */
    public static final String INACCESSIBLE = "B09XTCMQ3B";

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    protected Map<String, String> configuration(WireMockServer started, String base) {
        server = started;
        standardStubs();
        return Map.ofEntries(
                Map.entry("sync.amazon.credential-id", "test-credential"),
                Map.entry("sync.amazon.credential-secret", "test-secret"),
                Map.entry("sync.amazon.credential-version", "2.1"),
                Map.entry("sync.amazon.partner-tag", "inversionpicks-20"),
                Map.entry("sync.amazon.api-url", base),
                Map.entry("sync.amazon.token-url", base + TOKEN_PATH),
                Map.entry("sync.amazon.requests-per-second", "1000"),
                Map.entry("sync.amazon.backoff", "5ms"),
                Map.entry("sync.amazon.max-attempts", "3"));
    }

    /** Token {@code tok-1}; every shipped ASIN at the price {@link #price}; one inaccessible item. */
    public static void standardStubs() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(token("tok-1"))));
        server.stubFor(post(urlPathEqualTo(GET_ITEMS)).willReturn(okJson(items(Map.of()))));
    }

    public static String token(String value) {
        return "{\"access_token\":\"" + value + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}";
    }

    /** The answer for every shipped ASIN, at {@link #price} unless {@code prices} says otherwise. */
    public static String items(Map<String, BigDecimal> prices) {
        return items(prices, Set.of());
    }

    /** The same, with the ASINs in {@code outOfStock} out of stock (and, as Amazon does then, without a price). */
    public static String items(Map<String, BigDecimal> prices, Set<String> outOfStock) {
        String items = ShippedAsins.ALL.stream().filter(asin -> !asin.equals(INACCESSIBLE))
                .map(asin -> outOfStock.contains(asin) ? unavailableItem(asin)
                        : item(asin, prices.getOrDefault(asin, price(asin)), "IN_STOCK"))
                .collect(Collectors.joining(","));
        return "{\"itemsResult\":{\"items\":[" + items + "]},\"errors\":[{\"code\":\"ItemNotAccessible\","
                + "\"message\":\"The ItemId " + INACCESSIBLE + " is not accessible through the Creators API.\"}]}";
    }

    /** A stable, different price per ASIN: 100 plus a number from its letters. */
    public static BigDecimal price(String asin) {
        return new BigDecimal(100 + Math.floorMod(asin.hashCode(), 400) + ".99");
    }

    private static String item(String asin, BigDecimal amount, String availability) {
        return "{\"asin\":\"" + asin + "\",\"detailPageURL\":\"https://www.amazon.com/dp/" + asin
                + "?tag=inversionpicks-20\",\"images\":{\"primary\":{\"large\":{\"url\":"
                + "\"https://m.media-amazon.com/images/I/" + asin + ".jpg\",\"height\":500,\"width\":500}}},"
                + "\"offersV2\":{\"listings\":[{\"availability\":{\"type\":\"" + availability + "\"},"
                + "\"isBuyBoxWinner\":true,\"price\":{\"money\":{\"amount\":" + amount.toPlainString()
                + ",\"currency\":\"USD\",\"displayAmount\":\"$" + amount.toPlainString() + "\"}}}]}}";
    }

    private static String unavailableItem(String asin) {
        return "{\"asin\":\"" + asin + "\",\"offersV2\":{\"listings\":[{\"availability\":{\"type\":"
                + "\"OUT_OF_STOCK\",\"message\":\"Currently unavailable.\"}}]}}";
    }

    /** A getItems answer with this status and body, for stubs that misbehave. */
    public static ResponseDefinitionBuilder status(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The ASINs of the shipped catalogue's Amazon offers, in order. */
    public static final class ShippedAsins {
        public static final List<String> ALL = List.of("B000FP1V6S", "B002SQ9QPU", "B00CTMF19M", "B00J6PK1V6",
                "B0756QJ2F8", "B07D5QXK4R", "B07PQ8W3ZD", "B08M3TQ7ZL", "B09XTCMQ3B", "B0BKFQSDKB");

        private ShippedAsins() {
        }
    }
}
