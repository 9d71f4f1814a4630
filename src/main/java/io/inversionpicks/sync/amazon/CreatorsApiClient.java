package io.inversionpicks.sync.amazon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.sync.SyncConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Calls {@code getItems} politely: at most {@code sync.amazon.requests-per-second}, with exponential backoff and
 * jitter on 429 and 5xx (and on a connection that failed), and one new token after a 401. Blocking: it runs on the
 * sync's own thread, never on an event loop.
 */
@ApplicationScoped
public class CreatorsApiClient {

    private static final Logger LOG = Logger.getLogger(CreatorsApiClient.class);

    private final SyncConfig.Amazon config;
    private final CreatorsApiTokens tokens;
    private final ObjectMapper mapper;
    private CreatorsApi api;
    private Instant nextCall = Instant.MIN;

    public CreatorsApiClient(SyncConfig sync, CreatorsApiTokens tokens, ObjectMapper mapper) {
        this.config = sync.amazon();
        this.tokens = tokens;
        this.mapper = mapper;
    }

    /** Price, availability and image of up to 10 ASINs, or a {@link CreatorsApiException} once retries are spent. */
    public synchronized ItemsAnswer getItems(List<String> asins) {
        GetItemsRequest request = GetItemsRequest.of(config.partnerTag().orElseThrow(), asins);
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            pace();
            Answer answer = call(request);
            if (answer.status() == 200) {
                return ItemsAnswer.parse(mapper, answer.body(), asins);
            }
            if (answer.status() == 401 && !refreshed) {
                // An expired or revoked token: one new token, one more try.
                tokens.discard();
                refreshed = true;
                attempt--;
                continue;
            }
            if (!retryable(answer.status()) || attempt >= config.maxAttempts()) {
                throw new CreatorsApiException(failure(answer, attempt));
            }
            Duration wait = Backoff.delay(config.backoff(), attempt, answer.retryAfter(),
                    ThreadLocalRandom.current());
            LOG.debugf("getItems answered %s; retrying in %d ms", answer.describe(), wait.toMillis());
            pause(wait);
        }
    }

    private record Answer(int status, String body, Duration retryAfter, String error) {

        String describe() {
            return status == 0 ? "nothing (" + error + ")" : "HTTP " + status;
        }
    }

    private Answer call(GetItemsRequest request) {
        String authorization = "Bearer " + tokens.accessToken() + ", Version "
                + config.credentialVersion().orElseThrow();
        try (Response response = api().getItems(authorization, config.marketplace(), request)) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new Answer(response.getStatus(), body, retryAfter(response.getHeaderString("Retry-After")), null);
        } catch (ProcessingException e) {
            return new Answer(0, "", null, e.getMessage());
        }
    }

    private static boolean retryable(int status) {
        return status == 0 || status == 429 || status >= 500;
    }

    private static String failure(Answer answer, int attempts) {
        String body = answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
        String hint = answer.status() == 401 ? " (Amazon refused a new token as well: check "
                + "sync.amazon.credential-id, credential-secret and credential-version)"
                : answer.status() == 403 ? " (the credentials may not use this marketplace or partner tag)" : "";
        return "getItems answered " + answer.describe() + " after " + attempts + " attempt(s)" + hint
                + (body.isBlank() ? "" : ": " + body);
    }

    /** Waits for this call's turn: the calls of one process are spaced by 1 / requests-per-second. */
    private void pace() {
        Instant now = Instant.now();
        if (now.isBefore(nextCall)) {
            pause(Duration.between(now, nextCall));
            now = nextCall;
        }
        nextCall = now.plusNanos((long) (TimeUnit.SECONDS.toNanos(1) / config.requestsPerSecond()));
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CreatorsApiException("interrupted while waiting to call the Creators API", e);
        }
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private CreatorsApi api() {
        if (api == null) {
            api = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(config.apiUrl()))
                    .connectTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    // Every status is read here; the default mapper would turn 4xx and 5xx into exceptions first.
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .build(CreatorsApi.class);
        }
        return api;
    }
}
