package io.inversionpicks.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readers hammering the API while the catalogue flips between two versions: version A has the test product,
 * version B does not. Every answer is a 200 whose catalogVersion matches its contents: never a mix, never empty,
 * never an error.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class ReloadConcurrencyTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;
    private static final int READERS = 4;
    private static final int FLIPS = 20;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    @TestHTTPResource("/products?size=100")
    URI products;
    @Inject
    CatalogueService catalogue;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void uneditedCatalogue() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    @Test
    void readersSeeOneWholeVersionOrTheOtherDuringReloads() throws Exception {
        String withProduct = FOLDER.read(TEST_PRODUCT);
        String versionA = catalogue.current().version().label();
        FOLDER.delete(TEST_PRODUCT);
        String versionB = catalogue.reload().serving().label();
        assertThat(versionB).isNotEqualTo(versionA);
        Map<String, Boolean> hasTestProduct = Map.of(versionA, true, versionB, false);
        Map<String, Integer> total = Map.of(versionA, 12, versionB, 11);

        AtomicBoolean flipping = new AtomicBoolean(true);
        List<String> wrong = new CopyOnWriteArrayList<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger answers = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<?>> running = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int r = 0; r < READERS; r++) {
            running.add(readers.submit(() -> {
                while (flipping.get() && System.nanoTime() < deadline) {
                    read(hasTestProduct, total, wrong, seen);
                    answers.incrementAndGet();
                }
                return null;
            }));
        }
        try {
            boolean present = false;
            for (int flip = 0; flip < FLIPS; flip++) {
                if (present) {
                    FOLDER.delete(TEST_PRODUCT);
                } else {
                    FOLDER.writeViaRename(TEST_PRODUCT, withProduct);
                }
                present = !present;
                String expected = present ? versionA : versionB;
                assertThat(catalogue.reload().serving().label()).isEqualTo(expected);
                // Let readers see this version before flipping again, so both versions are really read.
                seen.clear();
                await().atMost(PATIENCE).until(() -> seen.contains(expected) || !wrong.isEmpty());
            }
        } finally {
            flipping.set(false);
            for (Future<?> reader : running) {
                reader.get();
            }
            readers.shutdown();
        }
        assertThat(wrong).isEqualTo(List.of());
        assertThat(answers.get() > FLIPS).as("only " + answers.get() + " answers").isTrue();
    }

    private void read(Map<String, Boolean> hasTestProduct, Map<String, Integer> total, List<String> wrong,
                      Set<String> seen) {
        try {
            // A bounded wait: a response that never comes must fail this test, not hang the build.
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(products).timeout(ANSWER_WITHIN).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                wrong.add(response.statusCode() + ": " + response.body());
                return;
            }
            JsonNode page = json.readTree(response.body());
            String version = page.path("catalogVersion").asText();
            List<String> ids = new ArrayList<>();
            page.path("items").forEach(item -> ids.add(item.path("id").asText()));
            if (!hasTestProduct.containsKey(version)) {
                wrong.add("unknown version " + version);
            } else if (hasTestProduct.get(version) != ids.contains(TEST_PRODUCT_ID)
                    || total.get(version) != page.path("total").asInt() || ids.size() != total.get(version)) {
                wrong.add("version " + version + " with total " + page.path("total") + " and items " + ids);
            }
            seen.add(version);
        } catch (Exception e) {
            wrong.add(e.toString());
        }
    }
}
