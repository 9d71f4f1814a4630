package io.inversionpicks.deploy;

import io.inversionpicks.testing.CatalogueFolder;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue ConfigMap lands, read-only and complete, where the application looks for its catalogue. */
class CatalogueMountTest {

    private static final Path CATALOGUE = CatalogueFolder.SHIPPED;

    @Test
    void mountPathIsTheConfiguredCatalogueFolderInsideTheContainer() {
        String workingDir = appContainer().path("workingDir").asText();
        JsonNode mount = mount("catalog");

        assertEquals(ProdProfileConfig.inContainer(workingDir, "catalog.path").toString(),
                mount.path("mountPath").asText());
        assertTrue(mount.path("readOnly").asBoolean(), "the catalogue is mounted read-only");
    }

    @Test
    void configMapIsTheOneTheUpdateScriptWrites() throws IOException {
        String name = volume("catalog").path("configMap").path("name").asText();

        assertTrue(Files.readString(DEPLOY.resolve("catalog-configmap.sh")).contains("create configmap " + name + " "),
                "deploy/catalog-configmap.sh writes ConfigMap " + name);
    }

    /** ConfigMap keys are flat; each item must put its file back at its place, products/ included. */
    @Test
    void itemsMapEveryCatalogueFileToItsPathAndNothingElse() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CATALOGUE)) {
            files.filter(Files::isRegularFile).map(CATALOGUE::relativize).forEach(file ->
                    assertEquals(null, expected.put(file.getFileName().toString(), file.toString().replace('\\', '/')),
                            "two catalogue files share the ConfigMap key " + file.getFileName()));
        }
        Map<String, String> items = new TreeMap<>();
        for (JsonNode item : volume("catalog").path("configMap").path("items")) {
            items.put(item.path("key").asText(), item.path("path").asText());
        }

        Map<String, String> missing = new TreeMap<>(expected);
        missing.entrySet().removeAll(items.entrySet());
        Map<String, String> extra = new TreeMap<>(items);
        extra.entrySet().removeAll(expected.entrySet());

        assertTrue(missing.isEmpty() && extra.isEmpty(), "fix the catalog volume items in src/main/kubernetes/"
                + "kubernetes.yml, then run deploy/regenerate.sh; missing " + missing + ", not in catalog-data " + extra);
    }
}
