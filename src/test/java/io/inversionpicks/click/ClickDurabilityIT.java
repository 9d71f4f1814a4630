package io.inversionpicks.click;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.testing.ClickLoad;
import io.inversionpicks.testing.IsolatedDatabase;
import io.inversionpicks.testing.PackagedApp;
import io.inversionpicks.testing.PostgresAdmin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing lost: every redirect a client received is in the store after kill -9 under load, after a normal shutdown
 * under load, and after a restart — counted request by request, each tagged with its own post URL. The restarted
 * application answers for the kill -9 phase; the database itself (the H2 file, or the run's PostgreSQL database),
 * read after the final shutdown, answers for both phases, which saves a third start-up.
 */
class ClickDurabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final int THREADS = 16;
    private static final int REDIRECTS_BEFORE_STOP = 300;
    private static final Duration START_UP = Duration.ofMinutes(3);
    private static final List<String> LINKS = List.of("/go/teeter-fitspine-x3/amazon", "/go/innova-itx9600/walmart",
            "/go/teeter-ep-560/teeter", "/go/yoga-trapeze-inversion-swing/yogabody",
            "/go/stamina-inline-inversion-chair/dicks-sporting-goods");

    @TempDir
    Path temp;

    @Test
    void everyRedirectReceivedIsStoredAfterKillNineAndAfterANormalShutdown() {
        // Unique per run, so that clicks of other runs on a shared database can never be mistaken for these.
        String run = UUID.randomUUID().toString().substring(0, 8);
        String killTag = "kill-" + run;
        String termTag = "term-" + run;
        Path data = temp.resolve("data");
        try (IsolatedDatabase database = IsolatedDatabase.create(data)) {
            Map<String, String> env = new HashMap<>(database.environment());
            env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("CATALOG_PATH", Fixtures.SHIPPED_CATALOGUE.toAbsolutePath().toString());
            int port = PackagedApp.freePort();

            Set<String> killed;
            try (PackagedApp app = PackagedApp.start("clicks-first", port, env, temp)) {
                app.awaitReady(START_UP);
                killed = underLoadThen(app, killTag, app::kill);
            }
            Set<String> stopped;
            try (PackagedApp app = PackagedApp.start("clicks-restarted", port, env, temp)) {
                app.awaitReady(START_UP);
                assertAllStored(killTag, killed, storedPostsSeenByTheApp(app, killTag));
                stopped = underLoadThen(app, termTag, app::stop);
            }
            assertAllStored(killTag, killed, storedPostsInTheDatabase(database, data, killTag));
            assertAllStored(termTag, stopped, storedPostsInTheDatabase(database, data, termTag));
        }
    }

    /** Clicks from many threads; once enough redirects arrived, ends the process while requests are in flight. */
    private static Set<String> underLoadThen(PackagedApp app, String tag, Runnable end) {
        try (ClickLoad load = ClickLoad.start(LINKS, List.of(app), postPrefix(tag), THREADS, 20_000)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .failFast("the load ran out before enough redirects", load::finished)
                    .until(() -> load.count(ClickLoad.Outcome.REDIRECTED) >= REDIRECTS_BEFORE_STOP);
            end.run();
            load.stop();
            Set<String> received = load.redirectedPosts();
            System.out.printf("%s: %d redirects received before the process ended%n", tag, received.size());
            assertThat(received.size() >= REDIRECTS_BEFORE_STOP)
                    .as(tag + ": " + received.size() + " redirects")
                    .isTrue();
            return received;
        }
    }

    /** What all post URLs of one load start with. */
    private static String postPrefix(String tag) {
        return "https://it.example.com/" + tag + "/";
    }

    private static void assertAllStored(String tag, Set<String> received, Map<String, Long> stored) {
        long total = stored.values().stream().mapToLong(Long::longValue).sum();
        Set<String> missing = new HashSet<>(received);
        missing.removeAll(stored.keySet());
        assertThat(missing)
                .as(tag + ": redirects received but not stored (of " + received.size() + ")")
                .isEqualTo(Set.of());
        assertThat(total >= received.size()).as(tag + ": stored " + total + " < received " + received.size()).isTrue();
        stored.forEach((post, clicks) -> assertThat(clicks).as(post + " stored more than once").isEqualTo(1L));
    }

    /** Post URL to clicks for one load, as the statistics endpoint reports them. */
    private static Map<String, Long> storedPostsSeenByTheApp(PackagedApp app, String tag) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String credentials = Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(app.uri("/admin/clicks?groupBy=post&includeBots=true"
                        + "&limit=10000&from=" + today.minusDays(1) + "&to=" + today.plusDays(1)))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
        JsonNode rows;
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            rows = JSON.readTree(response.body()).path("rows");
        } catch (IOException e) {
            throw new AssertionError("cannot read the statistics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Map<String, Long> posts = new HashMap<>();
        for (JsonNode row : rows) {
            if (row.path("key").asText().startsWith(postPrefix(tag))) {
                posts.put(row.path("key").asText(), row.path("clicks").asLong());
            }
        }
        return posts;
    }

    /** Post URL to clicks for one load, read straight from the database the application left behind. */
    private static Map<String, Long> storedPostsInTheDatabase(IsolatedDatabase database, Path data, String tag) {
        Map<String, Long> posts = new HashMap<>();
        try (Connection db = connect(database, data);
             PreparedStatement query = db.prepareStatement(
                     "select source_post, count(*) from click where source_post like ? group by source_post")) {
            query.setString(1, postPrefix(tag) + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    posts.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read the clicks from the database", e);
        }
        return posts;
    }

    private static Connection connect(IsolatedDatabase database, Path data) throws SQLException {
        if (database.postgresDatabase().isPresent()) {
            return PostgresAdmin.connect(database.postgresDatabase().get());
        }
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("inversion-picks")
                + ";ACCESS_MODE_DATA=r", "sa", "");
    }
}
