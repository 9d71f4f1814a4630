package io.inversionpicks.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.inversionpicks.testing.IsolatedDatabase;
import io.inversionpicks.testing.PackagedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The contract that the packaged service serves at {@code /q/openapi}, as a deployment serves it (its
 * {@code site.public-base-url} set, here to the address of deploy/site-config.example.yml):
 * <ul>
 *     <li>is the one committed in {@link #COMMITTED}, from which clients are generated (the build's own generated
 *     client included), so a change to the API cannot ship without a reviewed change to that file;</li>
 *     <li>passes Redocly CLI's {@code recommended} rules with no error and no warning. Redocly is a Node program,
 *     run by {@code npx} at the pinned {@link #REDOCLY} version. Without Node this check cannot run: on a developer's
 *     machine (only a JDK) it is skipped, saying so; under CI ({@code CI=true}), which has Node, it fails.</li>
 * </ul>
 * Both read target/openapi/openapi.yaml, the served document, which this test writes.
 */
class OpenApiContractIT {

    static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");
    static final Path SERVED = Path.of("target/openapi/openapi.yaml");
    static final String REDOCLY = "@redocly/cli@2.77.0";
    /** The address a deployment serves its contract for (Redocly warns of localhost, the development default). */
    static final String PUBLIC_BASE_URL = "https://picks.example.org";
    private static final String REGENERATE = "cp " + SERVED + " " + COMMITTED + " (the served contract, written by "
            + "this test: ./mvnw verify -Dit.test=OpenApiContractIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false) and commit it";

    @TempDir
    static Path work;
    private static PackagedApp app;
    private static IsolatedDatabase database;

    @BeforeAll
    static void serveTheContract() throws Exception {
        database = IsolatedDatabase.create(work.resolve("data"));
        Map<String, String> env = new HashMap<>(database.environment());
        env.put("SITE_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
        env.put("CATALOG_WATCH_MODE", "off");
        app = PackagedApp.start("openapi", PackagedApp.freePort(), env, work);
        app.awaitReady(Duration.ofMinutes(3));
        HttpResponse<String> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(app.uri("/q/openapi")).header("Accept", "application/yaml").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(served.statusCode()).as("GET /q/openapi").isEqualTo(200);
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served.body());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theCommittedContractIsTheServedOne() throws IOException {
        assertThat(COMMITTED).as(COMMITTED + " is missing: " + REGENERATE).exists();
        YAMLMapper yaml = new YAMLMapper();
        JsonNode committed = yaml.readTree(COMMITTED.toFile());
        JsonNode served = yaml.readTree(SERVED.toFile());
        assertThat(committed).as(COMMITTED + " differs from the contract the service serves; if the change is "
                + "meant, " + REGENERATE).isEqualTo(served);
    }

    @Test
    void theServedContractPassesRedoclysRecommendedRules() throws Exception {
        Optional<Path> npx = onPath(isWindows() ? "npx.cmd" : "npx");
        if (npx.isEmpty()) {
            String why = "Redocly CLI needs Node.js, and npx is not on the PATH";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; CI must run this check: install Node.js (npm) on the CI machine");
            }
            Assumptions.abort(why + ": the lint of the contract is skipped here (it runs in CI). Install Node.js "
                    + "20 or newer to run it.");
        }
        Path report = SERVED.resolveSibling("redocly-lint.json");
        Path log = SERVED.resolveSibling("redocly-lint.log");
        // Run from target/openapi, so that no redocly.yaml anywhere can change the rules: the built-in recommended
        // set applies.
        Process lint = new ProcessBuilder(npx.get().toString(), "--yes", REDOCLY, "lint", SERVED.getFileName().toString(),
                "--format=json")
                .directory(SERVED.getParent().toFile())
                .redirectOutput(report.toFile()).redirectError(log.toFile()).start();
        lint.getOutputStream().close();
        if (!lint.waitFor(5, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            fail("npx " + REDOCLY + " lint still running after 5 minutes; " + Files.readString(log));
        }
        String output = Files.readString(report);
        int start = output.indexOf('{');
        assertThat(start).as("npx " + REDOCLY + " lint printed no JSON report (exit " + lint.exitValue() + "):\n"
                + output + "\n" + Files.readString(log)).isGreaterThanOrEqualTo(0);
        JsonNode result = new ObjectMapper().readTree(output.substring(start));
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : result.path("problems")) {
            problems.add(problem.path("severity").asText() + " " + problem.path("ruleId").asText() + " at "
                    + problem.path("location").path(0).path("pointer").asText() + ": "
                    + problem.path("message").asText());
        }
        assertThat(problems).as("Redocly's recommended rules on " + SERVED + " (" + result.path("totals") + ")")
                .isEmpty();
        assertThat(result.path("totals").path("errors").asInt(-1)).isZero();
        assertThat(result.path("totals").path("warnings").asInt(-1)).isZero();
        assertThat(lint.exitValue()).as("npx " + REDOCLY + " lint exit status").isZero();
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }
}
