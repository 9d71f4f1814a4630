package io.inversionpicks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every build generates target/kubernetes/kubernetes.yml from the application's configuration; the copy committed in
 * deploy/ must say exactly the same, so a change to ports, probes, mounts or resources cannot ship without its
 * manifest. Runs after packaging, when the generated file is fresh. Resources are compared as data, because the
 * generator does not keep the order of labels stable between builds.
 */
class DeployManifestsUpToDateIT {

    @Test
    void committedManifestsEqualTheGeneratedOnes() {
        Map<String, JsonNode> generated = byKindAndName(Path.of("target/kubernetes/kubernetes.yml"));
        Map<String, JsonNode> committed = byKindAndName(DeployManifests.KUBERNETES);

        assertThat(committed.keySet())
                .as("resources; run deploy/regenerate.sh and commit")
                .isEqualTo(generated.keySet());
        generated.forEach((resource, content) -> assertThat(committed.get(resource))
                .as(resource + " in deploy/kubernetes.yml is stale: run deploy/regenerate.sh and commit it")
                .isEqualTo(content));
    }

    private static Map<String, JsonNode> byKindAndName(Path file) {
        Map<String, JsonNode> resources = new TreeMap<>();
        for (JsonNode doc : DeployManifests.documents(file)) {
            String key = doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
            assertThat(resources.put(key, doc)).as("two resources named " + key + " in " + file).isNull();
        }
        return resources;
    }
}
