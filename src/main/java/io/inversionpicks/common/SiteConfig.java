package io.inversionpicks.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Who is publishing and where the service is reachable from readers' browsers. */
@ConfigMapping(prefix = "site")
public interface SiteConfig {

    /** Replaces {siteName} in the disclosure texts. */
    @WithDefault("Inversion Picks")
    String name();

    /** Absolute base URL readers use to reach this service; tracked links are built from it. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** How long browsers and CDNs may reuse a catalogue response before revalidating with its ETag. */
    @WithDefault("60s")
    Duration responseMaxAge();
}
