package io.inversionpicks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed manifests in deploy/, parsed as YAML, with short ways to the parts the tests look at. */
final class DeployManifests {

    static final Path DEPLOY = Path.of("deploy");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes.yml");
    static final String APP = "inversion-picks";

    private static final ObjectReader YAML = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class);

    private DeployManifests() {
    }

    static List<JsonNode> documents(Path file) {
        try (var docs = YAML.<JsonNode>readValues(file.toFile())) {
            return StreamSupport.stream(((Iterable<JsonNode>) () -> docs).spliterator(), false)
                    .filter(doc -> !doc.isMissingNode() && !doc.isNull()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one resource of this kind in the file; fails when there is none or several. */
    static JsonNode resource(Path file, String kind) {
        List<JsonNode> found = documents(file).stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
        assertThat(found.size()).as(() -> file + " should hold exactly one " + kind).isEqualTo(1);
        return found.get(0);
    }

    static JsonNode deployment() {
        return resource(KUBERNETES, "Deployment");
    }

    static JsonNode podSpec() {
        return deployment().path("spec").path("template").path("spec");
    }

    static JsonNode appContainer() {
        return named(podSpec().path("containers"), APP);
    }

    static JsonNode volume(String name) {
        return named(podSpec().path("volumes"), name);
    }

    static JsonNode mount(String volumeName) {
        for (JsonNode mount : appContainer().path("volumeMounts")) {
            if (volumeName.equals(mount.path("name").asText())) {
                return mount;
            }
        }
        throw new AssertionError("the container mounts no volume named " + volumeName);
    }

    static int httpContainerPort() {
        return named(appContainer().path("ports"), "http").path("containerPort").asInt();
    }

    static JsonNode named(JsonNode array, String name) {
        for (JsonNode item : array) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item named " + name + " in " + array);
    }
}
