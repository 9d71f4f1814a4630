package io.inversionpicks.click;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing lost: every redirect a client received is in the store after kill -9 under load, after a normal shutdown
 * under load, and after restarts — counted request by request, each tagged with its own post URL.
 */
class ClickDurabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 16;
    private static final int REDIRECTS_BEFORE_STOP = 300;

    @TempDir
    Path temp;

    @Test
    void everyRedirectReceivedIsStoredAfterKillNineAndAfterANormalShutdown() {
        Path data = temp.resolve("data");
        Path log = temp.resolve("app.log");

        Set<String> killed;
        try (PackagedApp app = PackagedApp.start(data, log)) {
            killed = underLoadThen(app, "kill", app::kill);
        }
        Set<String> stopped;
        try (PackagedApp app = PackagedApp.start(data, log)) {
            assertAllStored(app, "kill", killed);
            stopped = underLoadThen(app, "term", app::stop);
        }
        try (PackagedApp app = PackagedApp.start(data, log)) {
            assertAllStored(app, "kill", killed);
            assertAllStored(app, "term", stopped);
            app.stop();
        }
    }

    /** Clicks from many threads; once enough redirects arrived, ends the process while requests are in flight. */
    private static Set<String> underLoadThen(PackagedApp app, String tag, Runnable end) {
        try (ClickLoad load = ClickLoad.start(app, tag, THREADS, 20_000)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .failFast("the load ran out before enough redirects", load::finished)
                    .until(() -> load.redirects() >= REDIRECTS_BEFORE_STOP);
            end.run();
            Set<String> received = load.stop();
            assertTrue(received.size() >= REDIRECTS_BEFORE_STOP, tag + ": " + received.size() + " redirects");
            return received;
        }
    }

    private static void assertAllStored(PackagedApp app, String tag, Set<String> received) {
        Map<String, Long> stored = storedPosts(app, tag);
        long total = stored.values().stream().mapToLong(Long::longValue).sum();
        Set<String> missing = new HashSet<>(received);
        missing.removeAll(stored.keySet());
        assertEquals(Set.of(), missing, tag + ": redirects received but not stored (of " + received.size() + ")");
        assertTrue(total >= received.size(), tag + ": stored " + total + " < received " + received.size());
        stored.forEach((post, clicks) -> assertEquals(1L, clicks, post + " stored more than once"));
    }

    /** Post URL to clicks, for the posts of this phase. */
    private static Map<String, Long> storedPosts(PackagedApp app, String tag) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode rows = read(app.admin("/admin/clicks?groupBy=post&includeBots=true&limit=10000&from="
                + today.minusDays(1) + "&to=" + today.plusDays(1))).path("rows");
        Map<String, Long> posts = new HashMap<>();
        String prefix = ClickLoad.post(tag, 0).replace("/0", "/");
        for (JsonNode row : rows) {
            if (row.path("key").asText().startsWith(prefix)) {
                posts.put(row.path("key").asText(), row.path("clicks").asLong());
            }
        }
        return posts;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
