package io.inversionpicks.recommend;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A reader's health conditions arrive however their form or script wrote them: under {@code condition},
 * {@code conditions[]} (PHP and jQuery forms), {@code conditions[0]} or {@code Conditions}, and as a list separated
 * by semicolons, which the query parser would otherwise split into parameters of their own. Before the request is
 * matched, each such name becomes {@code conditions} and each semicolon in its value is escaped, so the reader gets
 * the advice to see a doctor rather than a 400 for an unknown parameter, and no condition is lost. Only where a
 * reader reports conditions; elsewhere these names are unknown like any other.
 */
public class ConditionParameterSpellings {

    static final String NAME = "conditions";
    /** The API and the recommendation widget's iframe page (whose reader-profile form sends the same parameter). */
    static final Set<String> PATHS = Set.of("/recommendations", "/widget/picks");

    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern SPELLING = Pattern.compile("conditions?(\\[\\d*])?", Pattern.CASE_INSENSITIVE);

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void normalise(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String query = uri.getRawQuery();
        // The resources match with a trailing slash as well.
        if (query == null || !PATHS.contains(TRAILING_SLASHES.matcher(request.getUriInfo().getPath()).replaceFirst(""))) {
            return;
        }
        String normalised = normalised(query);
        if (!normalised.equals(query)) {
            // Built as text: a UriBuilder would read braces in a value as a template and fail.
            String whole = uri.toString();
            request.setRequestUri(URI.create(whole.substring(0, whole.indexOf('?') + 1) + normalised));
        }
    }

    /** The raw query with every spelling of the parameter as {@code conditions=...}; other pairs are left as sent. */
    static String normalised(String rawQuery) {
        StringJoiner query = new StringJoiner("&");
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            query.add(isConditions(name) ? NAME + pair.substring(name.length()).replace(";", "%3B") : pair);
        }
        return query.toString();
    }

    private static boolean isConditions(String rawName) {
        try {
            return SPELLING.matcher(URLDecoder.decode(rawName, StandardCharsets.UTF_8).trim()).matches();
        } catch (IllegalArgumentException e) {
            return false; // a malformed escape: left as sent, for the usual checks to report
        }
    }
}
