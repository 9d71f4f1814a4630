package io.inversionpicks.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request the REST layer answered before is answered again by the fast path ({@link CachedAnswerRoute}) exactly as
 * the REST layer answered it: the same status, headers and bytes, for every read path, with and without Origin,
 * compressed or not, for GET, HEAD and a revalidation with If-None-Match. Each case uses a request line nobody sent
 * before (a cache buster, {@code _}), so its first request must go through the REST layer and its second through the
 * fast path, which the fast path's counter shows.
 */
@QuarkusTest
class CachedAnswerRouteTest {

    private static final String TWO = "teeter-fitspine-x3,innova-itx9600";
    /** Every read path answered through HttpCaching. */
    private static final List<String> READ_PATHS = List.of(
            "/products?beginner=true",
            "/products?category=inversion-table&sort=price-desc&size=5",
            "/products/teeter-fitspine-x3",
            "/categories",
            "/recommendations?experience=new&goals=back-pain-relief,posture&maxPrice=500&space=small&heightCm=178"
                    + "&weightKg=90&has=pull-up-bar&limit=3",
            "/recommendations?conditions%5B%5D=pregnancy",
            "/recommendations?conditions=glaucoma",
            "/compare?ids=" + TWO,
            "/widget/picks?beginner=true&limit=3",
            "/widget/compare?ids=" + TWO);
    private static final String ANY = "*/*";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** How a request is sent besides its path: method and headers. */
    enum Variant {
        PLAIN("GET", Map.of("Accept", ANY)),
        CROSS_ORIGIN("GET", Map.of("Accept", ANY, "Origin", "https://blog.example")),
        BROWSER_WITH_REFERER("GET", Map.of("Accept", BROWSER, "Referer", "https://blog.example/best-tables")),
        COMPRESSED("GET", Map.of("Accept", ANY, "Accept-Encoding", "gzip")),
        HEAD("HEAD", Map.of("Accept", ANY, "Origin", "https://blog.example")),
        /** With the answer's ETag in If-None-Match: a 304. */
        REVALIDATION("GET", Map.of("Accept", ANY));

        final String method;
        final Map<String, String> headers;

        Variant(String method, Map<String, String> headers) {
            this.method = method;
            this.headers = headers;
        }
    }

    @TestHTTPResource("/")
    URL service;

    @Inject
    MeterRegistry registry;

    static Stream<Arguments> everyReadPathAndVariant() {
        return READ_PATHS.stream().flatMap(path -> Stream.of(Variant.values()).map(v -> Arguments.of(path, v)));
    }

    @ParameterizedTest
    @MethodSource("everyReadPathAndVariant")
    void theFastPathAnswersExactlyAsTheRestLayer(String path, Variant variant) {
        String target = unique(path);
        Map<String, String> headers = new LinkedHashMap<>(variant.headers);
        if (variant == Variant.REVALIDATION) {
            // The ETag from a request with another Accept: a variant of its own, so the one tested is still new.
            headers.put("If-None-Match", send("GET", target, Map.of("Accept", "*/*;q=0.5")).header("ETag"));
        }

        double fastBefore = fastAnswers();
        RawExchange.Reply slow = send(variant.method, target, headers);
        assertThat(fastAnswers()).as("the first request goes through the REST layer").isEqualTo(fastBefore);
        RawExchange.Reply fast = send(variant.method, target, headers);
        assertThat(fastAnswers()).as("the second is answered by the fast path").isEqualTo(fastBefore + 1);

        assertThat(slow.status()).isEqualTo(variant == Variant.REVALIDATION ? 304 : 200);
        assertThat(fast.status()).isEqualTo(slow.status());
        assertThat(fast.headerMap()).isEqualTo(slow.headerMap());
        assertThat(fast.body()).isEqualTo(slow.body());
        if (variant == Variant.COMPRESSED) {
            assertThat(fast.header("Content-Encoding")).isEqualTo("gzip");
        }
    }

    @Test
    void anotherHeaderTheAnswerVariesOnGoesThroughTheRestLayer() {
        String page = unique("/widget/picks?beginner=true&limit=2");
        RawExchange.Reply blogA = send("GET", page, Map.of("Accept", BROWSER, "Referer", "https://blog-a.example/"));
        double fastBefore = fastAnswers();

        RawExchange.Reply blogB = send("GET", page, Map.of("Accept", BROWSER, "Referer", "https://blog-b.example/"));

        assertThat(fastAnswers()).isEqualTo(fastBefore);
        assertThat(new String(blogB.body())).contains("blog-b.example").doesNotContain("blog-a.example");
        assertThat(blogB.header("ETag")).isNotEqualTo(blogA.header("ETag"));
    }

    @Test
    void anotherAcceptGoesThroughTheRestLayerAndItsNegotiation() {
        String products = unique("/products?beginner=true");
        send("GET", products, Map.of("Accept", "application/json"));
        send("GET", products, Map.of("Accept", "application/json"));
        double fastBefore = fastAnswers();

        RawExchange.Reply html = send("GET", products, Map.of("Accept", "text/html"));

        assertThat(html.status()).isEqualTo(406);
        assertThat(fastAnswers()).isEqualTo(fastBefore);
    }

    @Test
    void aRejectedRequestIsNeverAnsweredByTheFastPath() {
        String typo = unique("/products?begginer=true");
        double fastBefore = fastAnswers();

        for (int i = 0; i < 3; i++) {
            RawExchange.Reply reply = send("GET", typo, Map.of("Accept", ANY));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(new String(reply.body())).contains("did you mean 'beginner'");
        }
        assertThat(fastAnswers()).isEqualTo(fastBefore);
    }

    @Test
    void adminIsNeverAnsweredByTheFastPath() {
        double fastBefore = fastAnswers();
        for (int i = 0; i < 2; i++) {
            given().auth().preemptive().basic("admin", "test-admin").get("/admin/catalog").then().statusCode(200)
                    .header("Cache-Control", "no-store");
        }
        given().get("/admin/catalog").then().statusCode(401).header("Cache-Control", "no-store");
        assertThat(fastAnswers()).isEqualTo(fastBefore);
    }

    /**
     * Fast answers are counted per route and status in http_server_cached_requests_total instead of
     * http_server_requests, which still counts what the REST layer answered.
     */
    @Test
    void fastAnswersAreCountedPerRouteAndStatusAndTheRestAsBefore() {
        String product = unique("/products/innova-itx9600");
        double cached200 = cached("/products/{id}", "GET", "200");
        double cached304 = cached("/products/{id}", "GET", "304");
        double measured = measured("/products/{id}");

        String etag = send("GET", product, Map.of("Accept", ANY)).header("ETag");
        await().until(() -> measured("/products/{id}") == measured + 1);
        send("GET", product, Map.of("Accept", ANY));
        send("GET", product, Map.of("Accept", ANY));
        send("GET", product, Map.of("Accept", ANY, "If-None-Match", etag));
        String other = unique("/products/innova-itx9600");
        send("GET", other, Map.of("Accept", ANY));
        await().until(() -> measured("/products/{id}") == measured + 2);

        assertThat(cached("/products/{id}", "GET", "200")).isEqualTo(cached200 + 2);
        assertThat(cached("/products/{id}", "GET", "304")).isEqualTo(cached304 + 1);
        assertThat(measured("/products/{id}")).as("only the two that went through the REST layer")
                .isEqualTo(measured + 2);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("http_server_cached_requests_total{method=\"GET\",status=\"200\",uri=\"/products/{id}\"}")
                .doesNotContain("/cached-answer");
    }

    private RawExchange.Reply send(String method, String target, Map<String, String> headers) {
        return RawExchange.send(service.getPort(), method, target, headers);
    }

    /** The path with a cache buster no other request in this run has. */
    private static String unique(String path) {
        return path + (path.contains("?") ? "&" : "?") + "_=fast" + UNIQUE.incrementAndGet();
    }

    private double fastAnswers() {
        return registry.find(CachedAnswerMetrics.NAME).counters().stream().mapToDouble(Counter::count).sum();
    }

    private double cached(String route, String method, String status) {
        Counter counter = registry.find(CachedAnswerMetrics.NAME).tags("uri", route, "method", method, "status", status)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private double measured(String route) {
        return registry.find("http.server.requests").tags("uri", route).timers().stream().mapToLong(Timer::count)
                .sum();
    }
}
