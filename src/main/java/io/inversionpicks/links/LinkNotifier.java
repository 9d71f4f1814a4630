package io.inversionpicks.links;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.RetailerPrices.OfferKey;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * POSTs a JSON notice to {@code links.webhook-url} when an offer is hidden (broken or redirected away twice) or shown
 * again. Fire and forget: a webhook that is down is logged, and never holds up a check round.
 */
@ApplicationScoped
public class LinkNotifier {

    private static final Logger LOG = Logger.getLogger(LinkNotifier.class);

    /** The body of a notice. {@code event} is {@code hidden} or {@code shown}. */
    public record Notice(String event, String productId, String retailer, String url, String status, Instant since,
                         Integer httpStatus, String finalUrl, String detail, Instant checkedAt) {
    }

    private final LinkConfig config;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public LinkNotifier(LinkConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    CompletableFuture<Integer> changed(OfferKey key, String url, OfferState state) {
        if (config.webhookUrl().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Notice notice = new Notice(state.hidden() ? "hidden" : "shown", key.productId(), key.retailer(), url,
                state.status().slug(), state.since(), state.last().httpStatus(), state.last().finalUrl(),
                state.last().detail(), state.last().checkedAt());
        String body;
        try {
            body = json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice not serialisable", e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.webhookUrl().get()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
            if (response.statusCode() / 100 != 2) {
                LOG.warnf("Link webhook answered %d to the notice about %s at %s", response.statusCode(),
                        key.productId(), key.retailer());
            }
            return response.statusCode();
        }).exceptionally(e -> {
            LOG.warnf("Link webhook failed for %s at %s: %s", key.productId(), key.retailer(), e.getMessage());
            return null;
        });
    }
}
