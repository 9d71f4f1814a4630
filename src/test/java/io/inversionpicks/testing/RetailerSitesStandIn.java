package io.inversionpicks.testing;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * Local stand-ins for the retailers' sites, for the link checker: the shipped catalogue's offer URLs stay https on
 * their allowed hosts, and {@code links.resolve} sends the checker's requests for Walmart, Teeter and DICK'S to one
 * WireMock server on loopback (as {@code curl --connect-to} would), and for YOGABODY to a closed port. The webhook
 * goes to the same server, at {@link #WEBHOOK}.
 */
public class RetailerSitesStandIn extends WireMockStandIn {

    public static final String WEBHOOK = "/hooks/links";
    /** Shorter than the slow page's delay: that page times out. */
    public static final int TIMEOUT_MILLIS = 2500;
    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    protected Map<String, String> configuration(WireMockServer started, String base) {
        server = started;
        return Map.of(
                "catalog.path", withRetiredProductsBack().root().toString(),
                "links.resolve.\"www.walmart.com\"", base,
                "links.resolve.\"teeter.com\"", base,
                "links.resolve.\"www.dickssportinggoods.com\"", base,
                "links.resolve.\"yogabody.com\"", "http://127.0.0.1:" + closedPort(),
                "links.timeout", TIMEOUT_MILLIS + "ms",
                "links.webhook-url", base + WEBHOOK);
    }

    /**
     * The shipped catalogue with its retired products active again (each with a test source, which served products
     * need), so the link tests have Walmart, Teeter and DICK'S offers enough for one product per case.
     */
    private static CatalogueFolder withRetiredProductsBack() {
        CatalogueFolder folder = CatalogueFolder.create();
        try (Stream<Path> files = Files.list(folder.path("products"))) {
            for (Path file : files.toList()) {
                String content = Files.readString(file);
                if (content.contains("\nstatus: retired\n")) {
                    Files.writeString(file, content.replace("\nstatus: retired\n", "\nstatus: active\n")
                            + "sources:\n  - url: https://example.org/link-health-test-source\n"
                            + "    supports: \"a test product for the link checker\"\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Every page answers 200 with an in-stock product page, until a test says otherwise. */
    public static void allPagesFine() {
        server.resetAll();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body><h1>A product</h1><p>In stock</p><button>Add to cart</button></body></html>")));
    }

    /** A port nobody listens on: connections to it are refused. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
