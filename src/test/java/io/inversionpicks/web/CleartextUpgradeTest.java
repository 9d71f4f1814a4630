package io.inversionpicks.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that asks a plain-HTTP connection to become HTTP/2 (Java's HttpClient does by default) is answered in
 * HTTP/1.1 ({@link NoCleartextHttp2}): the upgraded connections were the ones that hung.
 */
@QuarkusTest
class CleartextUpgradeTest {

    @TestHTTPResource("/products?size=100")
    URI products;

    @Test
    void javasDefaultClientIsAnsweredInHttp11() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest request = HttpRequest.newBuilder(products).timeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).startsWith("{").endsWith("}");
        // The second answer comes from the fast path, which wrote the upgraded stream's answer on the spot.
        assertThat(again.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(again.body()).isEqualTo(first.body());
    }
}
