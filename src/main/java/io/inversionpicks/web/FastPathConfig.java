package io.inversionpicks.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The fast path for cached answers ({@link CachedAnswerRoute}). */
@ConfigMapping(prefix = "fast-path")
public interface FastPathConfig {

    /**
     * Whether a request answered before in the current published state is answered again before the REST layer.
     * Off, every request goes through the REST layer (which still answers from the kept bytes): for comparison.
     */
    @WithDefault("true")
    boolean enabled();
}
