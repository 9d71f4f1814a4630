package io.inversionpicks.click;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * under load, and after a restart — counted request by request, each tagged with its own post URL. The restarted
 * application answers for the kill -9 phase; the database file itself, opened after the final shutdown, answers for
 * both phases (this saves a third start-up of the application).
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
            assertAllStored("kill", killed, storedPosts(app, "kill"));
            stopped = underLoadThen(app, "term", app::stop);
        }
        assertAllStored("kill", killed, storedPostsInFile(data, "kill"));
        assertAllStored("term", stopped, storedPostsInFile(data, "term"));
    }

    /** Clicks from many threads; once enough redirects arrived, ends the process while requests are in flight. */
    private static Set<String> underLoadThen(PackagedApp app, String tag, Runnable end) {
        try (ClickLoad load = ClickLoad.start(app, tag, THREADS, 20_000)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .failFast("the load ran out before enough redirects", load::finished)
                    .until(() -> load.redirects() >= REDIRECTS_BEFORE_STOP);
            end.run();
            Set<String> received = load.stop();
            System.out.printf("%s: %d redirects received before the process ended%n", tag, received.size());
            assertTrue(received.size() >= REDIRECTS_BEFORE_STOP, tag + ": " + received.size() + " redirects");
            return received;
        }
    }

    private static void assertAllStored(String tag, Set<String> received, Map<String, Long> stored) {
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
        String prefix = ClickLoad.prefix(tag);
        for (JsonNode row : rows) {
            if (row.path("key").asText().startsWith(prefix)) {
                posts.put(row.path("key").asText(), row.path("clicks").asLong());
            }
        }
        return posts;
    }

    /** Post URL to clicks, read from the H2 file the application left behind. */
    private static Map<String, Long> storedPostsInFile(Path data, String tag) {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("inversion-picks") + ";ACCESS_MODE_DATA=r";
        Map<String, Long> posts = new HashMap<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             PreparedStatement query = db.prepareStatement(
                     "select source_post, count(*) from click where source_post like ? group by source_post")) {
            query.setString(1, ClickLoad.prefix(tag) + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    posts.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + url, e);
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
