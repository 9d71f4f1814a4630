package io.inversionpicks.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A stand-in for a retailer's server: WireMock on a free loopback port, started before the application and
 * stopped after it, with the settings that point the application at it.
 */
public abstract class WireMockStandIn implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    /** The settings that send the application to {@code base} (e.g. {@code http://127.0.0.1:4321}). */
    protected abstract Map<String, String> configuration(WireMockServer server, String base);

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return configuration(server, "http://127.0.0.1:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
