package io.inversionpicks.web;

import io.inversionpicks.widget.WidgetConfig;
import io.inversionpicks.widget.WidgetStylesheet;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Content-Security-Policy values the service sends. None allows inline script: the pages load their scripts
 * from this origin only, and the JSON-LD block in the iframe pages is data ({@code application/ld+json}), which CSP
 * does not treat as script. Inline style is allowed only for the iframe pages' one stylesheet, by its hash.
 */
@ApplicationScoped
public class ContentSecurityPolicies {

    /** Everything a page of ours needs, and nothing else: own scripts, styles, frames and fetches. */
    private static final String OWN_RESOURCES_ONLY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'";

    private final String widgetFrame;

    public ContentSecurityPolicies(WidgetConfig config) {
        // The iframe pages carry widget.css in a <style> element (WidgetStylesheet): allowed by its hash alone.
        this.widgetFrame = OWN_RESOURCES_ONLY.replace("style-src 'self'", "style-src 'self' "
                + WidgetStylesheet.cspHash()) + "; frame-ancestors " + String.join(" ", config.frameAncestors());
    }

    /** For the iframe pages: framable by the configured allow-list only. */
    public String widgetFrame() {
        return widgetFrame;
    }

    /** For the builder page: it shows the iframe preview and the script preview, but is itself not framable. */
    public String builder() {
        return OWN_RESOURCES_ONLY + "; frame-src 'self'; frame-ancestors 'none'";
    }

    /** For every other response (JSON API, docs, admin): nothing may frame it. */
    public String notFramable() {
        return "frame-ancestors 'none'";
    }
}
