package io.inversionpicks.widget;

import io.inversionpicks.click.ClickConfig;
import io.inversionpicks.click.SourcePost;
import io.inversionpicks.common.ParamReader;
import io.inversionpicks.common.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The blog post an iframe page is embedded in. Clicks inside the iframe send the iframe's own address as Referer,
 * so unless the page names the post in its {@code /go} links, the click report can't tell which post earned a click.
 * The post comes from the page's {@code post} option (the builder writes it into the iframe snippet), else from the
 * Referer of the iframe request, which is the embedding page (browsers usually send only its origin), but never one
 * of this service's own pages (the builder's preview, or the reader form submitting to the iframe page itself).
 */
@ApplicationScoped
public class EmbeddingPost {

    static final String PARAMETER = "post";

    private final URI publicBase;
    private final ClickConfig clicks;

    public EmbeddingPost(SiteConfig site, ClickConfig clicks) {
        this.publicBase = URI.create(site.publicBaseUrl());
        this.clicks = clicks;
    }

    /**
     * @param self the base URI of this request, to recognise a Referer from this service's own pages
     */
    Optional<String> read(ParamReader in, String post, String referer, URI self) {
        if (post != null && !post.isBlank()) {
            Optional<String> named = SourcePost.normalise(post, clicks.sourcePostMaxLength());
            in.require(named.isPresent(), PARAMETER, "must be the http(s) address of the blog post, e.g. "
                    + "https://blog.example.com/best-inversion-tables, not '" + post + "'");
            return named;
        }
        if (referer == null || ownPage(referer, publicBase) || ownPage(referer, self)) {
            return Optional.empty();
        }
        return SourcePost.normalise(referer, clicks.sourcePostMaxLength());
    }

    /**
     * The address readers reached this service at, ending in "/": the page's own origin, to which its click reports
     * go (its Content-Security-Policy allows only {@code connect-src 'self'}). That is {@code site.public-base-url}
     * when the request was for its host and port, or for its host in another scheme (a proxy or CDN in front ended
     * TLS, and the request itself says http), and otherwise the request's own base, as in development and tests.
     *
     * @param self the base URI of this request
     */
    URI pageBase(URI self) {
        boolean publicHost = publicBase.getHost() != null && publicBase.getHost().equalsIgnoreCase(self.getHost())
                && (port(publicBase) == port(self) || !publicBase.getScheme().equalsIgnoreCase(self.getScheme()));
        URI base = publicHost ? publicBase : self;
        String text = base.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** Compared before normalising, which drops the port that tells this service from a blog on the same host. */
    private static boolean ownPage(String referer, URI self) {
        try {
            URI page = new URI(referer.trim());
            return page.getHost() != null && page.getHost().equalsIgnoreCase(self.getHost())
                    && page.getScheme() != null && page.getScheme().equalsIgnoreCase(self.getScheme())
                    && port(page) == port(self);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
