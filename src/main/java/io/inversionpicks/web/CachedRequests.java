package io.inversionpicks.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.http.HttpServerRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * For one published state: which kept answer the REST layer gave to a request as it was sent, so that
 * {@link CachedAnswerRoute} can give the same request the same answer without the REST layer. A request counts as the
 * same only when everything the REST layer's answer could depend on is: its absolute URI (scheme, host and port,
 * path and raw query, as the REST layer saw them: the widget pages' links are built from the address the service is
 * reached at), its {@code Accept} header (content negotiation: another value may be a 406) and each request header
 * the answer varies on. Anything else is left to the REST layer, which answers from the kept bytes as before.
 */
final class CachedRequests {

    /** Weight of the index per state: its keys, not the answers (which the answer cache holds and bounds). */
    private static final long MAX_WEIGHT = 8L * 1024 * 1024;
    /** Variants of one URI (other Accept or Referer values) remembered at most; more go through the REST layer. */
    private static final int MAX_VARIANTS = 16;
    /** A header sent more than once: the REST layer might read either value, so such a request is not remembered. */
    private static final String SEVERAL = new String("several values");

    /**
     * How the REST layer answered one variant of a request.
     *
     * @param values      the values of {@link Line#headers} it was sent with (null for a header not sent)
     * @param answerKey   the answer's key in the answer cache of the same state
     * @param contentType the Content-Type header of a 200, as the REST layer wrote it
     * @param vary        the Vary header, as the REST layer wrote it
     * @param route       the path template the REST layer matched, for the request metrics
     */
    record Remembered(String[] values, Object answerKey, String contentType, String vary, String route) {
    }

    /** The variants of one absolute URI, all keyed by the same request headers. */
    private record Line(String[] headers, Remembered[] variants) {

        int weight(String uri) {
            int weight = 64 + 2 * uri.length();
            for (Remembered variant : variants) {
                weight += 96;
                for (String value : variant.values()) {
                    weight += value == null ? 8 : 48 + 2 * value.length();
                }
            }
            return weight;
        }
    }

    private final Cache<String, Line> lines = Caffeine.newBuilder().maximumWeight(MAX_WEIGHT)
            .weigher((String uri, Line line) -> line.weight(uri)).build();

    /**
     * Remembers the REST layer's answer to {@code request}.
     *
     * @param varied the request headers, besides Accept and Accept-Encoding, that the answer depends on
     */
    void remember(HttpServerRequest request, List<String> varied, Object answerKey, String contentType, String vary,
                  String route) {
        String[] headers = headers(varied);
        String[] values = values(request, headers);
        if (values == null) {
            return;
        }
        Remembered remembered = new Remembered(values, answerKey, contentType, vary, route);
        // Copied on write: a variant is added once per state, and readers never lock.
        lines.asMap().compute(request.absoluteURI(), (uri, line) -> {
            if (line == null || !Arrays.equals(line.headers(), headers)) {
                return new Line(headers, new Remembered[]{remembered});
            }
            for (int i = 0; i < line.variants().length; i++) {
                if (Arrays.equals(line.variants()[i].values(), values)) {
                    Remembered[] variants = line.variants().clone();
                    variants[i] = remembered;
                    return new Line(headers, variants);
                }
            }
            if (line.variants().length >= MAX_VARIANTS) {
                return line;
            }
            Remembered[] variants = Arrays.copyOf(line.variants(), line.variants().length + 1);
            variants[variants.length - 1] = remembered;
            return new Line(headers, variants);
        });
    }

    /** How the REST layer answered this very request before, or null if it did not (or it is not the same). */
    Remembered find(HttpServerRequest request) {
        Line line = lines.getIfPresent(request.absoluteURI());
        if (line == null) {
            return null;
        }
        String[] values = values(request, line.headers());
        if (values == null) {
            return null;
        }
        for (Remembered variant : line.variants()) {
            if (Arrays.equals(variant.values(), values)) {
                return variant;
            }
        }
        return null;
    }

    /** Accept, then the varied headers in a fixed order (lower case, no duplicates). */
    private static String[] headers(List<String> varied) {
        return Stream.concat(Stream.of("accept"), varied.stream().map(name -> name.toLowerCase(Locale.ROOT)))
                .distinct().toArray(String[]::new);
    }

    /** The request's value of each header, or null if one was sent more than once. */
    private static String[] values(HttpServerRequest request, String[] headers) {
        String[] values = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            String value = single(request, headers[i]);
            if (value == SEVERAL) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    private static String single(HttpServerRequest request, String header) {
        List<String> all = request.headers().getAll(header);
        return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : SEVERAL;
    }
}
