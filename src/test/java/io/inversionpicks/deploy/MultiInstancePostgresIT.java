package io.inversionpicks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.inversionpicks.startup.ClusteredJobsRegistration;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.ClickLoad.Click;
import io.inversionpicks.testing.ClickLoad.Outcome;
import io.inversionpicks.testing.ClickLoad;
import io.inversionpicks.testing.FeedStandIn;
import io.inversionpicks.testing.PackagedApp;
import io.inversionpicks.testing.PostgresAdmin;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the packaged PostgreSQL build on two ports share one database, as replicas in Kubernetes do:
 * they migrate it at the same moment, take clicks concurrently, survive one of them being killed with SIGKILL
 * mid-load (every redirect a client received is stored exactly once, and both report the same statistics), and both
 * pick up an edit of the shared catalogue folder. The retailer sync runs once per cluster, and both show its data;
 * the link checker checks each offer once per round. Both register the scheduled jobs at the same moment on the empty
 * database, which once stopped one of them.
 */
@EnabledIfSystemProperty(named = PostgresAdmin.IT_DB_KIND, matches = "postgresql",
        disabledReason = "needs the PostgreSQL build: ./mvnw verify -Ppostgresql")
class MultiInstancePostgresIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final String ADMIN_PASSWORD = "multi-instance-admin";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String POST_PREFIX = "https://it.example/multi-instance/";

    @TempDir
    Path work;

    private String database;
    private CatalogueFolder catalogue;
    /** The retailers' sites, for the link checker (links.resolve); every page answers 200. */
    private WireMockServer sites;
    private final List<PackagedApp> started = new ArrayList<>();

    @BeforeEach
    void createDatabaseAndCatalogue() throws IOException {
        database = PostgresAdmin.uniqueName("ip_multi");
        PostgresAdmin.createDatabase(database);
        // Laid out as a ConfigMap volume, and changed the way the kubelet changes one.
        catalogue = CatalogueFolder.create();
        catalogue.toConfigMapLayout("..2026_01_01_00_00_00.000000001");
        writeWalmartFeed("140.00");
        sites = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        sites.start();
        sites.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)
                .withBody("<p>In stock</p>")));
    }

    @AfterEach
    void stopInstancesAndDropDatabase() {
        started.forEach(PackagedApp::close);
        if (sites != null) {
            sites.stop();
        }
        PostgresAdmin.dropDatabase(database);
    }

    @Test
    void twoInstancesShareOneDatabaseThroughConcurrentStartKillAndCatalogueEdit() throws Exception {
        int portA = PackagedApp.freePort();
        int portB = PackagedApp.freePort();
        while (portB == portA) {
            portB = PackagedApp.freePort();
        }
        // Started together, so both run their Flyway migrations against the empty database at the same time. Both
        // then find the scheduled jobs missing: held here, the replicas' registration lock makes them wait, so that
        // once it is let go they register the jobs at the same moment, the race that once stopped one of them.
        PackagedApp a;
        PackagedApp b;
        try (Connection registration = PostgresAdmin.connect(database);
             Statement statement = registration.createStatement()) {
            statement.execute("select pg_advisory_lock(" + ClusteredJobsRegistration.LOCK_KEY + ")");
            a = start("a", portA);
            b = start("b", portB);
            await("both replicas wait to register the scheduled jobs").atMost(START)
                    .failFast("a replica stopped", () -> !a.isAlive() || !b.isAlive())
                    .until(() -> a.log().contains(ClusteredJobsRegistration.WAITING)
                            && b.log().contains(ClusteredJobsRegistration.WAITING));
            assertThat(count(statement, "select count(*) from qrtz_triggers"))
                    .as("no job registered while the lock is held").isZero();
        }
        a.awaitReady(START);
        b.awaitReady(START);
        assertEveryMigrationAppliedExactlyOnce();
        assertScheduledJobsAreTheClusters();

        ClickLoad load = ClickLoad.start(trackedLinks(b), List.of(a, b), POST_PREFIX, 8, 20_000);
        await("clicks answered by both").atMost(Duration.ofMinutes(2))
                .failFast("a click was answered without a redirect", () -> load.count(Outcome.OTHER_STATUS) > 0)
                .until(() -> load.count(a, Outcome.REDIRECTED) >= 100 && load.count(b, Outcome.REDIRECTED) >= 100);
        a.kill();
        long redirectedByBAtKill = load.count(b, Outcome.REDIRECTED);
        await("clicks answered by b after a died").atMost(Duration.ofMinutes(2))
                .until(() -> load.count(b, Outcome.REDIRECTED) >= redirectedByBAtKill + 100);
        load.stop();
        System.out.printf("multi-instance clicks: a redirected %d (then killed; %d failed), b redirected %d%n",
                load.count(a, Outcome.REDIRECTED), load.count(a, Outcome.FAILED), load.count(b, Outcome.REDIRECTED));

        PackagedApp restartedA = start("a-restarted", portA);
        restartedA.awaitReady(START);
        assertEachReceivedRedirectStoredOnce(load.clicks(), postCounts(restartedA), a);
        for (String groupBy : List.of("post", "product", "retailer", "day", "placement")) {
            assertThat(stats(restartedA, groupBy))
                    .as("statistics by " + groupBy + " agree")
                    .isEqualTo(stats(b, groupBy));
        }

        assertBothPickUpACatalogueEdit(restartedA, b);
        assertTheRetailerSyncRunsOncePerClusterAndBothShowItsData(restartedA, b);
        assertEachOfferIsCheckedOncePerRound();
    }

    private PackagedApp start(String name, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresAdmin.urlOf(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresAdmin.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("CATALOG_PATH", catalogue.root().toString());
        env.put("APP_DATA_DIR", work.resolve("data-" + name).toString());
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("SITE_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
        // The retailer sync every second, from a Walmart feed in a file: many scheduled runs during the test.
        List<String> sync = List.of("-Dsync.every=1s", "-Dsync.refresh-every=1s",
                "-Dsync.feeds.walmart.retailer=walmart", "-Dsync.feeds.walmart.location=" + walmartFeed(),
                "-Dsync.feeds.walmart.format=csv", "-Dsync.feeds.walmart.product-url-field=url",
                "-Dsync.feeds.walmart.price-field=price");
        // The link checker every second too, against a local stand-in of the retailers' sites.
        List<String> options = new ArrayList<>(sync);
        options.addAll(List.of("-Dlinks.check-every=1s", "-Dlinks.refresh-every=1s", "-Dlinks.per-host-interval=0s"));
        for (String host : List.of("www.walmart.com", "teeter.com", "www.dickssportinggoods.com", "yogabody.com")) {
            options.add("-Dlinks.resolve.\"" + host + "\"=http://127.0.0.1:" + sites.port());
        }
        PackagedApp app = PackagedApp.start(name, port, env, work, options);
        started.add(app);
        return app;
    }

    private Path walmartFeed() {
        return work.resolve("walmart-feed.csv");
    }

    /** Every Walmart offer of the shipped catalogue at {@code price}. */
    private void writeWalmartFeed(String price) throws IOException {
        StringBuilder csv = new StringBuilder("url,price\n");
        FeedStandIn.WALMART_OFFERS.values().forEach(url -> csv.append(url).append(',').append(price).append('\n'));
        Path written = Files.writeString(work.resolve("walmart-feed.csv.new"), csv);
        Files.move(written, walmartFeed(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The scheduled sync runs once per cluster: every fire time was run by one replica only, and no run started
     * before the one before it had finished. A run's data reaches the replica that did not run it too.
     */
    private void assertTheRetailerSyncRunsOncePerClusterAndBothShowItsData(PackagedApp first, PackagedApp second)
            throws Exception {
        writeWalmartFeed("151.55");
        try (Connection connection = PostgresAdmin.connect(database);
             Statement statement = connection.createStatement()) {
            // By id: the table keeps the latest runs only, so its row count stops growing.
            long before = count(statement, "select coalesce(max(id), 0) from sync_run");
            await("scheduled sync runs").atMost(Duration.ofMinutes(1))
                    .until(() -> count(statement, "select count(*) from sync_run where scheduled_for is not null "
                            + "and id > " + before) >= 5);
            // Including the fire time that the killed replica may have been running: Quartz runs it again on the
            // other one (recovery), which skips it when the killed one had recorded it.
            assertThat(count(statement, "select count(distinct scheduled_for) from sync_run"))
                    .as("each fire time run once, on one replica: %s", runs(statement))
                    .isEqualTo(count(statement, "select count(*) from sync_run where scheduled_for is not null"));
            // One trigger for the cluster fires whole seconds apart from its start; a trigger per replica would
            // add fire times at another millisecond offset (each replica's own start).
            assertThat(count(statement, "select count(distinct mod(cast(extract(epoch from scheduled_for) * 1000 "
                    + "as bigint), 1000)) from sync_run where scheduled_for is not null"))
                    .as("every fire time belongs to the one clustered trigger: %s", runs(statement))
                    .isEqualTo(1);
            assertThat(count(statement, "select count(*) from sync_run r join sync_run s on s.id = r.id + 1 "
                    + "where s.started_at < r.finished_at"))
                    .as("no run started while another was going")
                    .isZero();
        }
        for (PackagedApp instance : List.of(first, second)) {
            await("the feed's price shown on port " + instance.port()).atMost(Duration.ofMinutes(1))
                    .until(() -> "151.55".equals(walmartPrice(instance, "innova-itx9600")));
        }
    }

    private static List<String> runs(Statement statement) throws SQLException {
        List<String> runs = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select id, instance, scheduled_for, started_at, finished_at "
                + "from sync_run order by id")) {
            while (rows.next()) {
                runs.add(rows.getLong(1) + " " + rows.getString(2) + " due " + rows.getString(3) + " ran "
                        + rows.getString(4) + ".." + rows.getString(5));
            }
        }
        return runs;
    }

    /**
     * With two replicas each offer is checked once per round, not once per replica: every offer has as many checks
     * stored as there are finished rounds (one more while a round is going), and no round started before the one
     * before it had finished.
     */
    private void assertEachOfferIsCheckedOncePerRound() throws SQLException {
        try (Connection connection = PostgresAdmin.connect(database);
             Statement statement = connection.createStatement()) {
            await("link check rounds").atMost(Duration.ofMinutes(3))
                    .until(() -> count(statement, "select count(*) from link_check_run") >= 3);
            long rounds = count(statement, "select count(*) from link_check_run");
            long most = count(statement, "select max(n) from (select count(*) as n from link_check "
                    + "group by product_id, retailer) checks");
            assertThat(most).as("no offer checked more often than there were rounds (%d)", rounds)
                    .isLessThanOrEqualTo(rounds + 1);
            String lastRound = "(select * from link_check_run where id = (select max(id) from link_check_run)) r";
            assertThat(count(statement, "select max(n) from (select count(*) as n from link_check c, " + lastRound
                    + " where c.checked_at between r.started_at and r.finished_at group by c.product_id, c.retailer)"
                    + " checks")).as("each offer checked once in the last round").isEqualTo(1);
            assertThat(count(statement, "select count(*) from link_check c, " + lastRound
                    + " where c.checked_at between r.started_at and r.finished_at"))
                    .as("the last round's checks are all stored")
                    .isEqualTo(count(statement, "select checked from link_check_run where id = "
                            + "(select max(id) from link_check_run)"));
            assertThat(count(statement, "select count(*) from link_check_run r join link_check_run s on s.id = r.id + 1 "
                    + "where s.started_at < r.finished_at"))
                    .as("no round started while another was going")
                    .isZero();
        }
    }

    private static String walmartPrice(PackagedApp app, String id) throws IOException, InterruptedException {
        for (JsonNode offer : get(app, "/products/" + id, false).path("product").path("offers")) {
            if ("walmart".equals(offer.path("retailer").asText())) {
                return offer.path("price").path("amount").asText();
            }
        }
        throw new AssertionError("no Walmart offer of " + id);
    }

    private void assertEveryMigrationAppliedExactlyOnce() throws SQLException, IOException {
        Set<String> shipped = new HashSet<>();
        for (String folder : List.of("db/migration", "db/postgresql")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources").resolve(folder))) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("V"))
                        .forEach(f -> shipped.add(f.substring(1, f.indexOf("__"))));
            }
        }
        List<String> applied = new ArrayList<>();
        try (Connection connection = PostgresAdmin.connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version, success from flyway_schema_history "
                     + "where version is not null order by installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success"))
                        .as("migration " + rows.getString("version") + " succeeded")
                        .isTrue();
                applied.add(rows.getString("version"));
            }
        }
        assertThat(applied.size()).as("each migration recorded once: " + applied).isEqualTo(shipped.size());
        assertThat(new HashSet<>(applied)).isEqualTo(shipped);
    }

    /**
     * Both instances run one clustered Quartz scheduler: each checks in to the shared job store, and each scheduled
     * job (the retailer sync, the click purge) is stored once for the cluster, so Quartz fires it on one instance
     * only, instead of once per replica.
     */
    private void assertScheduledJobsAreTheClusters() throws SQLException {
        try (Connection connection = PostgresAdmin.connect(database);
             Statement statement = connection.createStatement()) {
            await("both instances checked in to the job store").atMost(Duration.ofMinutes(1))
                    .until(() -> count(statement, "select count(*) from qrtz_scheduler_state") == 2);
            assertThat(count(statement,
                    "select count(*) from qrtz_triggers where trigger_name like 'retailer-sync%'"))
                    .as("the retailer sync is scheduled once for the cluster")
                    .isEqualTo(1);
            assertThat(count(statement, "select count(*) from qrtz_job_details"))
                    .as("each job is stored once")
                    .isEqualTo(count(statement, "select count(distinct job_name) from qrtz_job_details"));
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The /go paths of the offers the API shows, as readers would follow them. */
    private static List<String> trackedLinks(PackagedApp app) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>();
        for (JsonNode product : get(app, "/products", false).path("items")) {
            for (JsonNode offer : product.path("offers")) {
                paths.add("/go/" + product.path("id").asText() + "/" + offer.path("retailer").asText());
            }
        }
        assertThat(paths.isEmpty()).as("the catalogue has offers to click").isFalse();
        return paths;
    }

    private static void assertEachReceivedRedirectStoredOnce(List<Click> clicks, Map<String, Long> stored,
                                                             PackagedApp killed) {
        Set<String> mayBeStored = new HashSet<>();
        for (Click click : clicks) {
            if (click.outcome() == Outcome.REDIRECTED) {
                assertThat(stored.getOrDefault(click.post(), 0L)).as(click.post() + " was redirected").isEqualTo(1L);
            }
            if (click.outcome() == Outcome.OTHER_STATUS) {
                throw new AssertionError(click.post() + " was answered without a redirect by " + click.instance());
            }
            // A click in flight when its instance died may have been committed without its redirect arriving.
            if (click.outcome() == Outcome.REDIRECTED || click.instance() == killed) {
                mayBeStored.add(click.post());
            }
        }
        stored.forEach((post, count) -> {
            assertThat(count).as(post + " stored once").isEqualTo(1L);
            assertThat(mayBeStored.contains(post)).as(post + " stored although no client sent it").isTrue();
        });
    }

    /** Clicks of this test per source post, as the statistics report them. */
    private static Map<String, Long> postCounts(PackagedApp app) throws IOException, InterruptedException {
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode row : stats(app, "post").path("rows")) {
            String post = row.path("key").asText();
            if (post.startsWith(POST_PREFIX)) {
                counts.put(post, row.path("clicks").asLong());
            }
        }
        assertThat(counts.isEmpty()).as("clicks of this test are in the statistics").isFalse();
        return counts;
    }

    private static JsonNode stats(PackagedApp app, String groupBy) throws IOException, InterruptedException {
        return get(app, "/admin/clicks?format=json&includeBots=true&limit=10000&groupBy=" + groupBy, true);
    }

    private void assertBothPickUpACatalogueEdit(PackagedApp first, PackagedApp second) throws Exception {
        String before = catalogueVersion(first);
        assertThat(catalogueVersion(second)).as("both serve the same catalogue version").isEqualTo(before);
        String renamed = "Teeter EP-560 Inversion Table (edited while two instances run)";
        catalogue.swapConfigMapData("..2026_01_01_00_01_00.000000002", data -> {
            Path product = data.resolve("products/teeter-ep-560.yaml");
            try {
                Files.writeString(product, CatalogueFolder.withLine(Files.readString(product), "name", renamed));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        for (PackagedApp instance : List.of(first, second)) {
            try {
                await("catalogue edit seen on port " + instance.port()).atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> renamed.equals(productName(instance, "teeter-ep-560")));
            } catch (ConditionTimeoutException e) {
                throw new AssertionError(e.getMessage() + "\n" + instance.logTail(), e);
            }
        }
        String after = catalogueVersion(first);
        assertThat(after).as("a new version was published").isNotEqualTo(before);
        assertThat(catalogueVersion(second)).as("both serve the new version").isEqualTo(after);
    }

    private static String productName(PackagedApp app, String id) throws IOException, InterruptedException {
        return get(app, "/products/" + id, false).path("product").path("name").asText();
    }

    private static String catalogueVersion(PackagedApp app) throws IOException, InterruptedException {
        for (JsonNode check : get(app, "/q/health/ready", false).path("checks")) {
            if ("catalogue".equals(check.path("name").asText())) {
                return check.path("data").path("version").asText();
            }
        }
        throw new AssertionError("no catalogue check on port " + app.port());
    }

    private static JsonNode get(PackagedApp app, String path, boolean admin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (admin) {
            String credentials = "admin:" + ADMIN_PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " on port " + app.port() + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
