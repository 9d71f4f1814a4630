package io.inversionpicks.web;

import io.inversionpicks.common.ProblemException;
import io.inversionpicks.common.Published;
import io.inversionpicks.testing.Fixtures;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Answers are computed and serialised once per published state and request line; a repeat is answered from the kept
 * bytes (304 when the client holds them), a rejected request is checked again, and a new state answers anew.
 */
class HttpCachingAnswersTest {

    private static final Instant NOW = Fixtures.NOW;

    private final HttpCaching caching = HttpCachingLifetimeTest.caching(NOW);
    private final Published published = () -> Instant.MAX;
    private final AtomicInteger answered = new AtomicInteger();

    @Test
    void theSameRequestLineIsAnsweredOnce() {
        Response first = caching.json(published, "/products?beginner=true", headers(null), answer("a"));
        Response again = caching.json(published, "/products?beginner=true", headers(null), answer("b"));

        assertThat(body(again)).isEqualTo(body(first)).isEqualTo("{\"answer\":\"a\"}");
        assertThat(again.getHeaderString(HttpHeaders.ETAG)).isEqualTo(first.getHeaderString(HttpHeaders.ETAG));
        assertThat(answered).hasValue(1);
    }

    @Test
    void anotherSpellingIsAnsweredOnItsOwn() {
        caching.json(published, "/products?beginner=true", headers(null), answer("a"));
        Response other = caching.json(published, "/products?beginner=TRUE", headers(null), answer("b"));

        assertThat(body(other)).isEqualTo("{\"answer\":\"b\"}");
        assertThat(answered).hasValue(2);
    }

    @Test
    void aRejectedRequestIsCheckedAgainEveryTime() {
        Supplier<Object> rejects = () -> {
            answered.incrementAndGet();
            throw ProblemException.notFound("no such thing");
        };

        assertThatThrownBy(() -> caching.json(published, "/products?size=0", headers(null), rejects))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> caching.json(published, "/products?size=0", headers(null), rejects))
                .isInstanceOf(ProblemException.class);
        assertThat(answered).hasValue(2);
    }

    @Test
    void aNewPublishedStateAnswersAgain() {
        caching.json(published, "/products?beginner=true", headers(null), answer("old"));
        Published next = () -> Instant.MAX;

        assertThat(body(caching.json(next, "/products?beginner=true", headers(null), answer("new"))))
                .isEqualTo("{\"answer\":\"new\"}");
    }

    @Test
    void aClientHoldingTheBytesGetsNotModified() {
        String etag = caching.json(published, "/categories", headers(null), answer("a"))
                .getHeaderString(HttpHeaders.ETAG);

        Response revalidated = caching.json(published, "/categories", headers("W/" + etag), answer("b"));

        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getHeaderString(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(revalidated.hasEntity()).isFalse();
    }

    @Test
    void noCacheMayKeepAnAnswerPastItsFirstExpiringPrice() {
        Published expiring = () -> NOW.plusSeconds(30);

        Response response = caching.json(expiring, "/products", headers(null), answer("a"));

        assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL))
                .isEqualTo("public, max-age=30, s-maxage=30, must-revalidate");
    }

    private Supplier<Object> answer(String value) {
        return () -> {
            answered.incrementAndGet();
            return Map.of("answer", value);
        };
    }

    private static String body(Response response) {
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }

    /** Request headers with only If-None-Match (null for none): all that the caching reads. */
    private static HttpHeaders headers(String ifNoneMatch) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[]{HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase((String) args[0]) ? ifNoneMatch : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
