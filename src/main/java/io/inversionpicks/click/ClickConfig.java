package io.inversionpicks.click;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Click tracking settings (prefix {@code clicks}). */
@ConfigMapping(prefix = "clicks")
public interface ClickConfig {

    /** Clicks older than this many days are purged by the retention job. */
    @WithDefault("400")
    int retentionDays();

    /**
     * How often the retention job runs, e.g. {@code 6h}, or {@code off}. The scheduler reads it from the
     * configuration itself; it is declared here so the key is known and documented.
     */
    @WithDefault("6h")
    String purgeEvery();

    /** Source post URLs are stored as scheme, host and path, cut to this many characters. */
    @WithDefault("500")
    int sourcePostMaxLength();

    /** At most this many clicks are committed together; clicks arriving at the same time share one commit. */
    @WithDefault("256")
    int writeBatchSize();

    /** Clicks waiting for their commit; beyond this, readers get 503 rather than an uncounted redirect. */
    @WithDefault("20000")
    int writeQueueCapacity();

    /** How many distinct user agents keep their bot/human verdict in memory, so the list is matched once each. */
    @WithDefault("10000")
    int agentCacheSize();
}
