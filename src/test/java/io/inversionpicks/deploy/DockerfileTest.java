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
import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(bases.isEmpty()).as("a FROM line").isFalse();
        for (String base : bases) {
            boolean digest = base.contains("@sha256:");
            String afterRepository = base.substring(base.lastIndexOf('/') + 1);
            String tag = afterRepository.contains(":") ? afterRepository.substring(afterRepository.indexOf(':') + 1) : "";
            assertThat(digest || tag.matches(".*\\d.*")).as(base + " is pinned by a version tag or digest").isTrue();
            assertThat(tag).as(base).isNotEqualTo("latest");
        }
    }

    @Test
    void runsAsANonRootUser() {
        String user = last("USER");

        assertThat(user.equals("root") || user.equals("0") || user.startsWith("0:") || user.startsWith("root:"))
                .as("the final USER is " + user)
                .isFalse();
    }

    @Test
    void copiesTheFastJarLayout() {
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/quarkus-run.jar",
                "target/quarkus-app/app/", "target/quarkus-app/quarkus/")) {
            assertThat(instructions.stream().anyMatch(line -> line.startsWith("COPY ") && line.contains(" " + part + " ")))
                    .as("COPY " + part)
                    .isTrue();
        }
        assertThat(instructions.stream().anyMatch(line -> line.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")))
                .as("starts quarkus-run.jar")
                .isTrue();
    }

    @Test
    void workingDirectoryAndPortMatchTheManifest() {
        assertThat(last("WORKDIR")).isEqualTo(appContainer().path("workingDir").asText());
        assertThat(last("EXPOSE")).isEqualTo(String.valueOf(httpContainerPort()));
    }

    @Test
    void buildContextLetsInWhatTheDockerfileCopies() throws IOException {
        List<String> ignore = Files.readAllLines(DEPLOY.resolve("Dockerfile.dockerignore"));

        assertThat(ignore.contains("!target/quarkus-app/")).as("target/quarkus-app is in the context").isTrue();
        assertThat(ignore.contains("!catalog-data/")).as("catalog-data is in the context").isTrue();
    }

    @Test
    void classDataSharingArchiveIsWrittenInTheImageByATrainingRunAfterTheAppIsCopied() {
        int training = indexOf(DockerfileTest::isTrainingRun, "a RUN that writes the archive (-XX:ArchiveClassesAtExit)");
        String run = instructions.get(training);
        String archive = value(run, ARCHIVE_WRITTEN);

        assertThat(run.contains("APP_TRAINING_RUN_EXIT_AFTER_STARTUP=true"))
                .as("the training run exits after start-up: " + run)
                .isTrue();
        assertThat(run.contains("-jar /deployments/quarkus-run.jar"))
                .as("the same jar run-java.sh starts: " + run)
                .isTrue();
        assertThat(run.contains("test -s " + archive))
                .as("the step fails when no archive was written: " + run)
                .isTrue();
        int lastCopy = lastIndexOf(line -> line.startsWith("COPY "));
        assertThat(training > lastCopy)
                .as("the training run comes after every COPY, so it sees the files the image runs")
                .isTrue();
        assertThat(userAt(training)).as("written as root, so the unprivileged user cannot change it").isEqualTo("root");
    }

    @Test
    void trainingRunLeavesNoDatabaseInTheImage() {
        String run = instructions.get(indexOf(DockerfileTest::isTrainingRun, "the training run"));
        String dataDir = value(run, DATA_DIR);

        assertThat(dataDir.startsWith("/deployments"))
                .as("throwaway H2 directory outside the app: " + dataDir)
                .isFalse();
        assertThat(run.contains("rm -rf " + dataDir))
                .as("the H2 directory is deleted in the same layer: " + run)
                .isTrue();
    }

    @Test
    void everyStartUsesTheArchiveWrittenInTheImage() {
        String training = instructions.get(indexOf(DockerfileTest::isTrainingRun, "the training run"));
        String runtimeOptions = instructions.get(indexOf(
                line -> line.startsWith("ENV ") && line.contains("JAVA_OPTS_APPEND="), "ENV JAVA_OPTS_APPEND"));

        assertThat(value(runtimeOptions, ARCHIVE_USED)).isEqualTo(value(training, ARCHIVE_WRITTEN));
    }

    private static boolean isTrainingRun(String instruction) {
        return instruction.startsWith("RUN ") && instruction.contains("-XX:ArchiveClassesAtExit=");
    }

    private static String value(String instruction, Pattern pattern) {
        Matcher m = pattern.matcher(instruction);
        assertThat(m.find()).as(pattern + " in " + instruction).isTrue();
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
        assertThat(value != null).as("the Dockerfile has a " + instruction + " line").isTrue();
        return value;
    }
}
