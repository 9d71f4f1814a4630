package io.inversionpicks.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks one link over HTTP, politely: {@code HEAD} first ({@code GET} where that is not allowed), redirects followed
 * by hand up to a limit and never off the retailer's site, a timeout on every request, a pause between two requests to
 * one host, and a User-Agent that says who is asking. A page that answers is then read (capped) for stock markers.
 */
public class LinkChecker {

    private static final Pattern BOT_WALL = Pattern.compile("captcha|are you a (robot|human)|verify you are (a )?human"
            + "|access to this page has been denied|unusual traffic|cf-chl-|px-captcha", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;
    private final Duration timeout;
    private final int maxRedirects;
    private final int maxBodyBytes;
    private final Duration perHost;
    private final String userAgent;
    private final Map<String, String> resolve;
    private final Clock clock;
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();

    public LinkChecker(LinkConfig config, String userAgent, Clock clock) {
        this.timeout = config.timeout();
        this.maxRedirects = config.maxRedirects();
        this.maxBodyBytes = config.maxBodyBytes();
        this.perHost = config.perHostInterval();
        this.resolve = Map.copyOf(config.resolve());
        this.userAgent = userAgent;
        this.clock = clock;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    private record Answer(int status, String location, String body) {
    }

    public CheckResult check(String url) {
        String current = url;
        Set<String> seen = new HashSet<>();
        seen.add(url);
        Answer answer;
        int redirects = 0;
        try {
            while (true) {
                answer = request("HEAD", current, false);
                if (answer.status() == 405 || answer.status() == 501) {
                    answer = request("GET", current, true);
                }
                if (answer.status() / 100 != 3 || answer.status() == 304) {
                    break;
                }
                if (answer.location() == null) {
                    return result(Verdict.UNREACHABLE, answer.status(), current, "a redirect without a Location");
                }
                String next;
                try {
                    next = URI.create(current).resolve(answer.location().trim()).toString();
                } catch (IllegalArgumentException e) {
                    return result(Verdict.UNREACHABLE, answer.status(), current, "a redirect to an invalid address");
                }
                Optional<String> away = RedirectAway.why(url, next);
                if (away.isPresent() && away.get().contains("another site")) {
                    // Never followed: the checker only ever requests the retailer's own site.
                    return result(Verdict.REDIRECTED_AWAY, answer.status(), next, away.get());
                }
                if (!seen.add(next)) {
                    return result(Verdict.UNREACHABLE, answer.status(), next, "a redirect loop");
                }
                if (++redirects > maxRedirects) {
                    return result(Verdict.UNREACHABLE, answer.status(), next, "more than " + maxRedirects
                            + " redirects");
                }
                current = next;
            }
        } catch (HttpTimeoutException e) {
            return result(Verdict.UNREACHABLE, null, current, "no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return result(Verdict.UNREACHABLE, null, current, "connection failed" + cause(e));
        } catch (UnknownHostException | UnresolvedAddressException e) {
            return result(Verdict.UNREACHABLE, null, current, "the host name does not resolve");
        } catch (IOException e) {
            return result(Verdict.UNREACHABLE, null, current, "network error" + cause(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(Verdict.UNREACHABLE, null, current, "interrupted");
        }
        return classify(url, current, answer, redirects);
    }

    private CheckResult classify(String url, String current, Answer answer, int redirects) {
        int status = answer.status();
        if (status == 404 || status == 410) {
            return result(Verdict.NOT_FOUND, status, current, "HTTP " + status);
        }
        if (status == 401 || status == 403 || status == 429) {
            return result(Verdict.BLOCKED, status, current, "HTTP " + status + " (refused to a robot; not a verdict"
                    + " on the page)");
        }
        if (status >= 500) {
            return result(Verdict.UNREACHABLE, status, current, "HTTP " + status);
        }
        if (status / 100 != 2) {
            return result(Verdict.BLOCKED, status, current, "HTTP " + status + " (unexpected; not a verdict on the "
                    + "page)");
        }
        Optional<String> away = RedirectAway.why(url, current);
        if (away.isPresent()) {
            return result(Verdict.REDIRECTED_AWAY, status, current, away.get());
        }
        String body = answer.body();
        try {
            if (body == null) {
                Answer page = request("GET", current, true);
                if (page.status() / 100 == 2) {
                    body = page.body();
                }
            }
        } catch (IOException e) {
            body = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String moved = redirects == 0 ? "" : " (after " + redirects + " redirect" + (redirects == 1 ? "" : "s")
                + " to the same product)";
        if (body != null && BOT_WALL.matcher(body).find()) {
            return result(Verdict.BLOCKED, status, current, "a bot wall (captcha) instead of the page");
        }
        Optional<String> gone = body == null ? Optional.empty() : StockMarkers.outOfStock(body);
        if (gone.isPresent()) {
            return result(Verdict.OUT_OF_STOCK, status, current, gone.get() + moved);
        }
        return result(Verdict.OK, status, current, "HTTP " + status + moved);
    }

    private Answer request(String method, String url, boolean readBody) throws IOException, InterruptedException {
        URI logical = URI.create(url);
        wait(logical.getHost());
        try {
            return send(method, logical, readBody);
        } finally {
            // Counted from the end of the answer: a slow site gets the whole pause after it, too.
            if (logical.getHost() != null) {
                lastRequest.put(logical.getHost(), System.nanoTime());
            }
        }
    }

    private Answer send(String method, URI logical, boolean readBody) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(actual(logical)).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "en-US,en;q=0.8")
                .build();
        if (!readBody) {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), null);
        }
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(maxBodyBytes);
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** Where a request for this URL really goes: the catalogue's host, or where {@code links.resolve} sends it. */
    URI actual(URI logical) {
        String base = logical.getHost() == null ? null : resolve.get(logical.getHost().toLowerCase(Locale.ROOT));
        if (base == null) {
            return logical;
        }
        String path = logical.getRawPath() == null || logical.getRawPath().isEmpty() ? "/" : logical.getRawPath();
        return URI.create(base.replaceFirst("/+$", "") + path
                + (logical.getRawQuery() == null ? "" : "?" + logical.getRawQuery()));
    }

    /** Politeness: {@code links.per-host-interval} at least between one answer from a host and the next request. */
    private void wait(String host) throws InterruptedException {
        if (perHost.isZero() || host == null) {
            return;
        }
        synchronized (lastRequest) {
            Long last = lastRequest.get(host);
            long now = System.nanoTime();
            if (last != null) {
                long waitNanos = last + perHost.toNanos() - now;
                if (waitNanos > 0) {
                    Thread.sleep(Duration.ofNanos(waitNanos).toMillis(), (int) (waitNanos % 1_000_000));
                }
            }
        }
    }

    private CheckResult result(Verdict verdict, Integer status, String finalUrl, String detail) {
        return new CheckResult(verdict, status, finalUrl, detail, clock.instant());
    }

    private static String cause(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage() + ")";
    }
}
