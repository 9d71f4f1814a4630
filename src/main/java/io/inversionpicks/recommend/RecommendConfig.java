package io.inversionpicks.recommend;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Response size of {@code GET /recommendations}; scoring itself is tuned in the catalogue's ranking.yaml. */
@ConfigMapping(prefix = "recommend")
public interface RecommendConfig {

    /** Picks returned when the request gives no {@code limit}. */
    @WithDefault("5")
    int defaultLimit();

    /** The largest {@code limit} accepted. */
    @WithDefault("20")
    int maxLimit();

    /**
     * Excluded products listed with their reasons (the first by id); {@code excludedCount} gives the total. In a
     * large catalogue most products miss a demanding profile, and listing them all made the answer megabytes long.
     */
    @WithDefault("50")
    int maxExcluded();
}
