package io.inversionpicks.startup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The training run that produces the JVM's class-data-sharing archive ({@code app.training-run.*}; see
 * {@link TrainingRun}). Not prefix {@code app}: app.data-dir and app.db-kind are plain properties read by
 * application.properties, and a mapping of {@code app} would reject them as unknown.
 */
@ConfigMapping(prefix = "app.training-run")
public interface TrainingRunConfig {

    /**
     * Start, publish the catalogue, answer one GET /products, then exit (env APP_TRAINING_RUN_EXIT_AFTER_STARTUP).
     * Only for training runs: a service started with it stops by itself.
     */
    @WithDefault("false")
    boolean exitAfterStartup();
}
