package io.inversionpicks.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
    private static final Pattern ARCHIVE_WRITTEN = Pattern.compile("-XX:ArchiveClassesAtExit=([^\\s\"]+)");
    private static final Pattern ARCHIVE_USED = Pattern.compile("-XX:SharedArchiveFile=([^\\s\"]+)");
    private static final Pattern DATA_DIR = Pattern.compile("APP_DATA_DIR=([^\\s\"]+)");
    private static List<String> instructions;

    @BeforeAll
    static void read() throws IOException {
        List<String> lines = Files.readAllLines(DEPLOY.resolve("Dockerfile")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        instructions = joinContinuations(lines);
    }

    /** One entry per instruction: a line ending in a backslash continues on the next one. */
    private static List<String> joinContinuations(List<String> lines) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1).strip() : line);
            if (continues) {
                current.append(' ');
            } else {
                joined.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            joined.add(current.toString().strip());
        }
        return joined;
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

    @Test
    void classDataSharingArchiveIsWrittenInTheImageByATrainingRunAfterTheAppIsCopied() {
        int training = indexOf(DockerfileTest::isTrainingRun, "a RUN that writes the archive (-XX:ArchiveClassesAtExit)");
        String run = instructions.get(training);
        String archive = value(run, ARCHIVE_WRITTEN);

        assertTrue(run.contains("APP_TRAINING_RUN_EXIT_AFTER_STARTUP=true"), "the training run exits after start-up: " + run);
        assertTrue(run.contains("-jar /deployments/quarkus-run.jar"), "the same jar run-java.sh starts: " + run);
        assertTrue(run.contains("test -s " + archive), "the step fails when no archive was written: " + run);
        int lastCopy = lastIndexOf(line -> line.startsWith("COPY "));
        assertTrue(training > lastCopy, "the training run comes after every COPY, so it sees the files the image runs");
        assertEquals("root", userAt(training), "written as root, so the unprivileged user cannot change it");
    }

    @Test
    void trainingRunLeavesNoDatabaseInTheImage() {
        String run = instructions.get(indexOf(DockerfileTest::isTrainingRun, "the training run"));
        String dataDir = value(run, DATA_DIR);

        assertFalse(dataDir.startsWith("/deployments"), "throwaway H2 directory outside the app: " + dataDir);
        assertTrue(run.contains("rm -rf " + dataDir), "the H2 directory is deleted in the same layer: " + run);
    }

    @Test
    void everyStartUsesTheArchiveWrittenInTheImage() {
        String training = instructions.get(indexOf(DockerfileTest::isTrainingRun, "the training run"));
        String runtimeOptions = instructions.get(indexOf(
                line -> line.startsWith("ENV ") && line.contains("JAVA_OPTS_APPEND="), "ENV JAVA_OPTS_APPEND"));

        assertEquals(value(training, ARCHIVE_WRITTEN), value(runtimeOptions, ARCHIVE_USED));
    }

    private static boolean isTrainingRun(String instruction) {
        return instruction.startsWith("RUN ") && instruction.contains("-XX:ArchiveClassesAtExit=");
    }

    private static String value(String instruction, Pattern pattern) {
        Matcher m = pattern.matcher(instruction);
        assertTrue(m.find(), pattern + " in " + instruction);
        return m.group(1);
    }

    private static int indexOf(Predicate<String> test, String what) {
        for (int i = 0; i < instructions.size(); i++) {
            if (test.test(instructions.get(i))) {
                return i;
            }
        }
        throw new AssertionError("the Dockerfile has " + what);
    }

    private static int lastIndexOf(Predicate<String> test) {
        int found = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (test.test(instructions.get(i))) {
                found = i;
            }
        }
        return found;
    }

    /** The USER in effect for the instruction at this index ("root" before any USER line). */
    private static String userAt(int index) {
        String user = "root";
        for (String line : instructions.subList(0, index)) {
            if (line.toUpperCase().startsWith("USER ")) {
                user = line.substring(5).strip();
            }
        }
        return user;
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
