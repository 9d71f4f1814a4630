package io.inversionpicks.click;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URL;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tracked link must never become an open redirect: whatever a request says, the only possible Location is a
 * catalogue URL. Each payload is sent byte for byte; the answer must be a 400/404 without Location, or a redirect
 * to a retailer host from the catalogue.
 */
@QuarkusTest
class GoOpenRedirectTest {

    static final Set<String> RETAILER_HOSTS = ShippedOffers.retailerHosts();

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/go/x/https:%2F%2Fevil.com",
            "/go//evil.com",
            "/go//evil.com/amazon",
            "/go/%2F%2Fevil.com/amazon",
            "/go/https:%2F%2Fevil.com/amazon",
            "/go/teeter-fitspine-x3/https:%2F%2Fevil.com",
            "/go/teeter-fitspine-x3/amazon?url=https://evil.com",
            "/go/teeter-fitspine-x3/amazon?next=https://evil.com",
            "/go/teeter-fitspine-x3/amazon?redirect=https://evil.com",
            "/go/teeter-fitspine-x3/amazon?%75rl=https://evil.com",
            "/go/teeter-fitspine-x3/amazon?post=https://evil.com",
            "/go/teeter-fitspine-x3/amazon?placement=https://evil.com",
            "/go/teeter-fitspine-x3/amazon?utm_source=https://evil.com",
            "/go/teeter-fitspine-x3/amazon?placement=widget&placement=//evil.com",
            "/go/teeter-fitspine-x3/amazon;url=https://evil.com",
            "/go/teeter-fitspine-x3/amazon/https://evil.com",
            "/go/teeter-fitspine-x3/amazon/..%2F..%2F..%2F%2Fevil.com",
            "/go/teeter-fitspine-x3/%2e%2e%2f%2e%2e%2fevil.com",
            "/go/teeter-fitspine-x3/..%2F..%2Fevil.com",
            "/go/%2e%2e/%2e%2e/evil.com",
            "/go/teeter-fitspine-x3/%5C%5Cevil.com",
            "/go/%5C%5Cevil.com/amazon",
            "/go/teeter-fitspine-x3/amazon%0d%0aLocation:%20https://evil.com",
            "/go/teeter-fitspine-x3/amazon?post=x%0d%0aLocation:%20https://evil.com",
            "/go/teeter-fitspine-x3/@evil.com",
            "/go/teeter-fitspine-x3/amazon@evil.com",
            "/go/teeter-fitspine-x3/amazon.evil.com",
            "/go/teeter-fitspine-x3/amazon%09evil.com",
            "/go/teeter-fitspine-x3/amazon%0aevil.com",
            "/go/teeter-fitspine-x3/amazon%252F%252Fevil.com",
            "/go/%252F%252Fevil.com/amazon",
            "/go/teeter-fitspine-x3/evil%E3%80%82com",
            "/go/teeter-fitspine-x3/%EF%BC%8F%EF%BC%8Fevil.com",
            "/go/javascript:alert(1)/amazon",
            "/go/data:text%2Fhtml,%3Cscript%3E/amazon",
            "/go/TEETER-FITSPINE-X3/AMAZON",
            "/go/teeter-fitspine-x3/amazon%00evil.com",
            "/go/teeter-fitspine-x3/amazon%20",
            "//evil.com/go/teeter-fitspine-x3/amazon",
            "/go/teeter-fitspine-x3/amazon?post=//evil.com&url=//evil.com&next=//evil.com&redirect_uri=//evil.com"})
    void neverRedirectsOutsideTheCatalogue(String payload) {
        RawHttp.Reply reply = RawHttp.get(base.getPort(), payload);
        assertNeverLeavesTheCatalogue(payload, reply);
    }

    @Test
    void hostHeadersDoNotChangeTheTarget() {
        RawHttp.Reply reply = RawHttp.get(base.getPort(), "/go/teeter-fitspine-x3/amazon",
                "X-Forwarded-Host: evil.com", "X-Forwarded-Proto: javascript", "Forwarded: host=evil.com");
        assertThat(reply.status()).isEqualTo(302);
        assertThat(URI.create(reply.header("Location").orElseThrow()).getHost()).isEqualTo("www.amazon.com");
    }

    @Test
    void theCleanLinkStillWorksOverTheSameRawClient() {
        RawHttp.Reply reply = RawHttp.get(base.getPort(), "/go/teeter-fitspine-x3/amazon?placement=widget");
        assertThat(reply.status()).as("the harness must be able to see a redirect at all").isEqualTo(302);
        assertThat(RETAILER_HOSTS.contains(URI.create(reply.header("Location").orElseThrow()).getHost())).isTrue();
    }

    static void assertNeverLeavesTheCatalogue(String payload, RawHttp.Reply reply) {
        assertThat(reply.count("Location") <= 1)
                .as(payload + ": one Location at most, got " + reply.headerLines())
                .isTrue();
        if (reply.status() >= 300 && reply.status() < 400) {
            String location = reply.header("Location").orElseThrow();
            URI target = URI.create(location);
            assertThat(target.getScheme()).as(payload + " -> " + location).isEqualTo("https");
            assertThat(RETAILER_HOSTS.contains(target.getHost())).as(payload + " -> " + location).isTrue();
            assertThat(location.contains("evil")).as(payload + " -> " + location).isFalse();
        } else {
            assertThat(reply.status() == 400 || reply.status() == 404).as(payload + " -> " + reply.status()).isTrue();
            assertThat(reply.header("Location").isEmpty()).as(payload + ": Location on a " + reply.status()).isTrue();
        }
    }
}
