package io.inversionpicks.widget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** How the embeddable widget may be used by other sites. */
@ConfigMapping(prefix = "widget")
public interface WidgetConfig {

    /**
     * Who may put the iframe pages ({@code /widget/picks}, {@code /widget/compare}) in a frame: the sources of the CSP
     * {@code frame-ancestors} directive (env WIDGET_FRAME_ANCESTORS, comma-separated). The default lets any blog
     * served over https embed them, plus this service itself for the builder's preview. List your blogs' origins
     * instead (e.g. {@code https://myblog.example}) to stop other sites from framing your picks.
     */
    @WithDefault("'self',https:")
    List<String> frameAncestors();
}
