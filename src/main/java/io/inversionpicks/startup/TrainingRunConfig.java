package io.inversionpicks.startup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The training run that produces the JVM's class-data-sharing archive ({@code app.*}; see {@link TrainingRun}). */
@ConfigMapping(prefix = "app")
public interface TrainingRunConfig {

    /**
     * Start, publish the catalogue, answer one GET /products, then exit (env APP_EXIT_AFTER_STARTUP). Only for
     * training runs: a service started with it stops by itself.
     */
    @WithDefault("false")
    boolean exitAfterStartup();
}
