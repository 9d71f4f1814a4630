package io.inversionpicks.widget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Serves {@code /widget.js} with its stylesheet and fixed texts inside, so that a blog pays for one request besides
 * the data (it paid for four: the script, widget.css, /widget/texts and the data), and the widget can style itself
 * the moment it runs. The stylesheet stays one file, {@code widget.css}, shared with the iframe pages; the texts stay
 * in Java ({@link WidgetTextsResource}, which still answers for anyone who reads it). {@code frame-sizer.js}, which
 * the iframe snippet loads on its own, follows the widget's code. Built once at start-up: nothing in it changes while
 * the service runs.
 * <p>
 * A Vert.x route rather than a REST resource, as the static file before it: it ignores any query string (blogs add
 * cache busters such as {@code ?v=2}), and answers {@code If-None-Match} with 304. It is gzipped here, once, as the
 * HTTP layer compresses only static files and REST answers; each encoding has its own ETag.
 */
@ApplicationScoped
public class WidgetScript {

    static final String PATH = "/widget.js";
    /** The token in the script's source that becomes the embedded object; the source stays valid JavaScript. */
    static final String PLACEHOLDER = "/*@embedded*/null";
    /** Sizes iframe embeds; the iframe snippet loads it alone, and widget.js carries it for pages with both. */
    static final String FRAME_SIZER = "META-INF/resources/widget/assets/frame-sizer.js";
    /** As the static files are cached (Quarkus' default for them): a day, then revalidated by ETag. */
    static final String CACHE_CONTROL = "public, max-age=86400";

    private final Buffer body;
    private final Buffer gzipped;
    private final String etag;
    private final String gzippedEtag;

    public WidgetScript(ObjectMapper mapper) {
        String source = resource("widget/widget.js");
        if (!source.contains(PLACEHOLDER)) {
            throw new IllegalStateException("widget.js has lost its " + PLACEHOLDER + " placeholder");
        }
        Map<String, Object> embedded = new LinkedHashMap<>();
        embedded.put("css", WidgetStylesheet.css());
        embedded.put("texts", WidgetTextsResource.TEXTS);
        try {
            byte[] bytes = (source.replace(PLACEHOLDER, mapper.writeValueAsString(embedded)) + "\n"
                    + resource(FRAME_SIZER)).getBytes(StandardCharsets.UTF_8);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
            this.body = Buffer.buffer(bytes);
            this.gzipped = Buffer.buffer(gzip(bytes));
            this.etag = "\"" + hash + "\"";
            this.gzippedEtag = "\"" + hash + "-gzip\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot build widget.js", e);
        }
    }

    void install(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
    }

    void serve(RoutingContext context) {
        String accepted = context.request().getHeader("Accept-Encoding");
        boolean gzip = accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
        Buffer chosen = gzip ? gzipped : body;
        String tag = gzip ? gzippedEtag : etag;
        var response = context.response();
        response.putHeader("Content-Type", "text/javascript; charset=utf-8")
                .putHeader("Cache-Control", CACHE_CONTROL)
                .putHeader("Vary", "Accept-Encoding")
                .putHeader("ETag", tag);
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        String ifNoneMatch = context.request().getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(gzippedEtag)
                || ifNoneMatch.trim().equals("*"))) {
            response.setStatusCode(304).end();
        } else if (context.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", String.valueOf(chosen.length())).end();
        } else {
            response.end(chosen);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
