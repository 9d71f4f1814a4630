package io.inversionpicks.deploy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;

/**
 * application.properties as a given profile sees it, without this machine's environment or system properties: what
 * a packaged jar runs with when nothing is overridden.
 */
final class ProdProfileConfig {

    private ProdProfileConfig() {
    }

    static SmallRyeConfig of(String profile) {
        URL properties = ProdProfileConfig.class.getClassLoader().getResource("application.properties");
        try {
            return new SmallRyeConfigBuilder().withProfile(profile)
                    .withSources(new PropertiesConfigSource(properties)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String prod(String key) {
        return of("prod").getOptionalValue(key, String.class)
                .orElseThrow(() -> new AssertionError(key + " is not set in the prod profile"));
    }

    /** Where a relative path in the prod config ends up inside the container, whose working directory is given. */
    static Path inContainer(String workingDir, String key) {
        return Path.of(workingDir).resolve(prod(key)).normalize();
    }
}
