package io.inversionpicks.deploy;

import io.inversionpicks.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.inversionpicks.deploy.DeployManifests.DEPLOY;
import static io.inversionpicks.deploy.DeployManifests.appContainer;
import static io.inversionpicks.deploy.DeployManifests.mount;
import static io.inversionpicks.deploy.DeployManifests.volume;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue ConfigMap lands, read-only and complete, where the application looks for its catalogue. */
class CatalogueMountTest {

    private static final Path CATALOGUE = Fixtures.SHIPPED_CATALOGUE;

    @Test
    void mountPathIsTheConfiguredCatalogueFolderInsideTheContainer() {
        String workingDir = appContainer().path("workingDir").asText();
        JsonNode mount = mount("catalog");

        assertThat(mount.path("mountPath").asText())
                .isEqualTo(ProdProfileConfig.inContainer(workingDir, "catalog.path").toString());
        assertThat(mount.path("readOnly").asBoolean()).as("the catalogue is mounted read-only").isTrue();
    }

    @Test
    void configMapIsTheOneTheUpdateScriptWrites() throws IOException {
        String name = volume("catalog").path("configMap").path("name").asText();

        assertThat(Files.readString(DEPLOY.resolve("catalog-configmap.sh")).contains("create configmap " + name + " "))
                .as("deploy/catalog-configmap.sh writes ConfigMap " + name)
                .isTrue();
    }

    /** ConfigMap keys are flat; each item must put its file back at its place, products/ included. */
    @Test
    void itemsMapEveryCatalogueFileToItsPathAndNothingElse() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CATALOGUE)) {
            files.filter(Files::isRegularFile).map(CATALOGUE::relativize).forEach(file ->
                    assertThat(expected.put(file.getFileName().toString(), file.toString().replace('\\', '/')))
                            .as("two catalogue files share the ConfigMap key " + file.getFileName())
                            .isNull());
        }
        Map<String, String> items = new TreeMap<>();
        for (JsonNode item : volume("catalog").path("configMap").path("items")) {
            items.put(item.path("key").asText(), item.path("path").asText());
        }

        Map<String, String> missing = new TreeMap<>(expected);
        missing.entrySet().removeAll(items.entrySet());
        Map<String, String> extra = new TreeMap<>(items);
        extra.entrySet().removeAll(expected.entrySet());

        assertThat(missing.isEmpty() && extra.isEmpty())
                .as("fix the catalog volume items in src/main/kubernetes/"
                + "kubernetes.yml, then run deploy/regenerate.sh; missing " + missing + ", not in catalog-data " + extra)
                .isTrue();
    }
}
