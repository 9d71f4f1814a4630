package io.inversionpicks.links;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The checker on its own, against WireMock on loopback: where links.resolve sends it, and how politely it asks. */
class LinkCheckerTest {

    private static final int INTERVAL_MILLIS = 300;
    private static WireMockServer site;
    private static LinkChecker checker;

    @BeforeAll
    static void start() {
        site = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        site.start();
        site.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<p>In stock</p>")));
        checker = new LinkChecker(config("http://127.0.0.1:" + site.port()), "InversionPicks-LinkCheck/1.0 "
                + "(+https://picks.example)", Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        site.stop();
    }

    @Test
    void aResolvedHostGoesToTheLocalServerWithPathAndQuery() {
        assertThat(checker.actual(URI.create("https://www.walmart.com/ip/x/12345?selected=true")))
                .isEqualTo(URI.create("http://127.0.0.1:" + site.port() + "/ip/x/12345?selected=true"));
        assertThat(checker.actual(URI.create("https://teeter.com/shop/x/"))).isEqualTo(
                URI.create("https://teeter.com/shop/x/"));
    }

    @Test
    void requestsToOneHostAreSpacedByTheInterval() {
        site.resetRequests();

        checker.check("https://www.walmart.com/ip/a/11111");
        checker.check("https://www.walmart.com/ip/b/22222");

        List<LoggedRequest> requests = site.findAll(anyRequestedFor(anyUrl())).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
        // HEAD, then GET for the stock markers, for each link.
        assertThat(requests).hasSize(4);
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).getLoggedDate().getTime() - requests.get(i - 1).getLoggedDate().getTime();
            assertThat(gap).as("gap before request %d", i).isGreaterThanOrEqualTo(INTERVAL_MILLIS - 5);
        }
        assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("User-Agent"))
                .isEqualTo("InversionPicks-LinkCheck/1.0 (+https://picks.example)"));
        site.verify(2, anyRequestedFor(urlPathEqualTo("/ip/a/11111")));
    }

    private static LinkConfig config(String base) {
        return new LinkConfig() {
            @Override
            public String checkEvery() {
                return "off";
            }

            @Override
            public String refreshEvery() {
                return "off";
            }

            @Override
            public Duration perHostInterval() {
                return Duration.ofMillis(INTERVAL_MILLIS);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public int maxRedirects() {
                return 5;
            }

            @Override
            public int maxBodyBytes() {
                return 262_144;
            }

            @Override
            public int history() {
                return 20;
            }

            @Override
            public Optional<String> userAgent() {
                return Optional.empty();
            }

            @Override
            public Optional<String> webhookUrl() {
                return Optional.empty();
            }

            @Override
            public Map<String, String> resolve() {
                return Map.of("www.walmart.com", base);
            }
        };
    }
}
