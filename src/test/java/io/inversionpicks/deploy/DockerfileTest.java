package io.inversionpicks.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.inversionpicks.deploy.DeployManifests.DEPLOY;
import static io.inversionpicks.deploy.DeployManifests.appContainer;
import static io.inversionpicks.deploy.DeployManifests.httpContainerPort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No image can be built here, so deploy/Dockerfile is checked line by line against the manifests and the build. */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("(?i)^FROM\\s+(\\S+)");
    private static List<String> instructions;

    @BeforeAll
    static void read() throws IOException {
        instructions = Files.readAllLines(DEPLOY.resolve("Dockerfile")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    @Test
    void baseImageIsPinnedToAVersion() {
        List<String> bases = instructions.stream().map(FROM::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();

        assertFalse(bases.isEmpty(), "a FROM line");
        for (String base : bases) {
            boolean digest = base.contains("@sha256:");
            String afterRepository = base.substring(base.lastIndexOf('/') + 1);
            String tag = afterRepository.contains(":") ? afterRepository.substring(afterRepository.indexOf(':') + 1) : "";
            assertTrue(digest || tag.matches(".*\\d.*"), base + " is pinned by a version tag or digest");
            assertNotEquals("latest", tag, base);
        }
    }

    @Test
    void runsAsANonRootUser() {
        String user = last("USER");

        assertFalse(user.equals("root") || user.equals("0") || user.startsWith("0:") || user.startsWith("root:"),
                "the final USER is " + user);
    }

    @Test
    void copiesTheFastJarLayout() {
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/quarkus-run.jar",
                "target/quarkus-app/app/", "target/quarkus-app/quarkus/")) {
            assertTrue(instructions.stream().anyMatch(line -> line.startsWith("COPY ") && line.contains(" " + part + " ")),
                    "COPY " + part);
        }
        assertTrue(instructions.stream().anyMatch(line -> line.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")),
                "starts quarkus-run.jar");
    }

    @Test
    void workingDirectoryAndPortMatchTheManifest() {
        assertEquals(appContainer().path("workingDir").asText(), last("WORKDIR"));
        assertEquals(String.valueOf(httpContainerPort()), last("EXPOSE"));
    }

    @Test
    void buildContextLetsInWhatTheDockerfileCopies() throws IOException {
        List<String> ignore = Files.readAllLines(DEPLOY.resolve("Dockerfile.dockerignore"));

        assertTrue(ignore.contains("!target/quarkus-app/"), "target/quarkus-app is in the context");
        assertTrue(ignore.contains("!catalog-data/"), "catalog-data is in the context");
    }

    private static String last(String instruction) {
        String value = null;
        for (String line : instructions) {
            if (line.toUpperCase().startsWith(instruction + " ")) {
                value = line.substring(instruction.length()).strip();
            }
        }
        assertTrue(value != null, "the Dockerfile has a " + instruction + " line");
        return value;
    }
}
