package io.inversionpicks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static io.inversionpicks.deploy.DeployManifests.APP;
import static io.inversionpicks.deploy.DeployManifests.DEPLOY;
import static io.inversionpicks.deploy.DeployManifests.KUBERNETES;
import static io.inversionpicks.deploy.DeployManifests.appContainer;
import static io.inversionpicks.deploy.DeployManifests.deployment;
import static io.inversionpicks.deploy.DeployManifests.mount;
import static io.inversionpicks.deploy.DeployManifests.podSpec;
import static io.inversionpicks.deploy.DeployManifests.resource;
import static io.inversionpicks.deploy.DeployManifests.volume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Deployment and its companions in deploy/kubernetes.yml are fit for production. */
class DeploymentManifestTest {

    @Test
    void runsAtLeastTwoReplicasAndTheAutoscalerNeverGoesBelowThat() {
        JsonNode hpa = resource(KUBERNETES, "HorizontalPodAutoscaler").path("spec");

        assertTrue(deployment().path("spec").path("replicas").asInt() >= 2, "replicas");
        assertTrue(hpa.path("minReplicas").asInt() >= 2, "HPA minReplicas");
        assertTrue(hpa.path("maxReplicas").asInt() > hpa.path("minReplicas").asInt(), "HPA can scale out");
        assertEquals("Deployment", hpa.path("scaleTargetRef").path("kind").asText());
        assertEquals(APP, hpa.path("scaleTargetRef").path("name").asText());
    }

    @Test
    void disruptionBudgetKeepsAReplicaAndSelectsThePods() {
        JsonNode pdb = resource(KUBERNETES, "PodDisruptionBudget").path("spec");
        JsonNode podLabels = deployment().path("spec").path("template").path("metadata").path("labels");

        assertTrue(pdb.path("minAvailable").asInt() >= 1, "minAvailable");
        pdb.path("selector").path("matchLabels").fields().forEachRemaining(label ->
                assertEquals(label.getValue().asText(), podLabels.path(label.getKey()).asText(), label.getKey()));
        assertFalse(pdb.path("selector").path("matchLabels").isEmpty(), "PDB selects something");
    }

    @Test
    void imageIsPinnedToAVersionTag() {
        String image = appContainer().path("image").asText();
        String tag = image.substring(image.lastIndexOf('/') + 1).contains(":")
                ? image.substring(image.lastIndexOf(':') + 1) : "";

        assertFalse(tag.isEmpty(), image + " has no tag, which means latest");
        assertNotEquals("latest", tag, image);
    }

    @Test
    void securityContextIsNonRootReadOnlyWithoutPrivileges() {
        JsonNode pod = podSpec().path("securityContext");
        JsonNode container = appContainer().path("securityContext");

        assertTrue(pod.path("runAsNonRoot").asBoolean(), "pod runAsNonRoot");
        assertTrue(pod.path("runAsUser").asLong() > 0, "pod runs as a numeric non-root user");
        assertTrue(container.path("runAsNonRoot").asBoolean(), "container runAsNonRoot");
        assertTrue(container.path("readOnlyRootFilesystem").asBoolean(), "readOnlyRootFilesystem");
        assertFalse(container.path("allowPrivilegeEscalation").asBoolean(true), "allowPrivilegeEscalation");
        assertEquals(List.of("ALL"), texts(container.path("capabilities").path("drop")), "capabilities dropped");
        assertTrue(container.path("capabilities").path("add").isMissingNode(), "no capability added back");
    }

    @Test
    void onlyTmpAndTheDataDirectoryAreWritableAndBothAreScratchVolumes() {
        String workingDir = appContainer().path("workingDir").asText();
        Set<String> writable = new HashSet<>();
        for (JsonNode mount : appContainer().path("volumeMounts")) {
            if (!mount.path("readOnly").asBoolean(false)) {
                writable.add(mount.path("mountPath").asText());
                JsonNode volume = volume(mount.path("name").asText());
                assertTrue(volume.has("emptyDir") || volume.has("persistentVolumeClaim"),
                        mount + " is writable but not a scratch or claimed volume");
            }
        }
        String dataDir = ProdProfileConfig.inContainer(workingDir, "app.data-dir").toString();

        assertEquals(Set.of("/tmp", dataDir), writable);
        assertEquals(dataDir, mount("data").path("mountPath").asText());
    }

    @Test
    void memoryAndCpuHaveRequestsAndLimits() {
        JsonNode resources = appContainer().path("resources");
        long requested = mebibytes(resources.path("requests").path("memory").asText());
        long limit = mebibytes(resources.path("limits").path("memory").asText());

        assertTrue(requested >= 256, "the measured resident set (~300 MiB under load) fits the request");
        assertTrue(limit >= requested, "limit >= request");
        assertFalse(resources.path("requests").path("cpu").asText().isEmpty(), "CPU request, which the HPA needs");
        assertEquals("50", env("JAVA_MAX_MEM_RATIO"), "heap is half the limit, leaving room for the rest of the JVM");
    }

    @Test
    void settingsAndCredentialsComeFromTheExampleConfigMapAndSecret() {
        Set<String> sources = new HashSet<>();
        for (JsonNode from : appContainer().path("envFrom")) {
            from.fields().forEachRemaining(ref -> sources.add(ref.getKey() + "/" + ref.getValue().path("name").asText()));
        }
        JsonNode secret = resource(DEPLOY.resolve("secret.example.yml"), "Secret");
        JsonNode config = resource(DEPLOY.resolve("site-config.example.yml"), "ConfigMap");

        assertEquals(Set.of("secretRef/" + secret.path("metadata").path("name").asText(),
                "configMapRef/" + config.path("metadata").path("name").asText()), sources);
        for (String key : List.of("ADMIN_USERNAME", "ADMIN_PASSWORD", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertTrue(secret.path("stringData").has(key), "the example Secret sets " + key);
        }
        assertTrue(config.path("data").has("SITE_PUBLIC_BASE_URL"), "the example ConfigMap sets the public URL");
    }

    @Test
    void examplePostgresqlReadsTheSameSecret() {
        JsonNode postgres = resource(DEPLOY.resolve("postgresql.yml"), "StatefulSet");
        String secretName = resource(DEPLOY.resolve("secret.example.yml"), "Secret").path("metadata").path("name").asText();
        JsonNode env = postgres.path("spec").path("template").path("spec").path("containers").get(0).path("env");

        assertEquals(secretName, DeployManifests.named(env, "POSTGRES_PASSWORD")
                .path("valueFrom").path("secretKeyRef").path("name").asText());
    }

    private static String env(String name) {
        return DeployManifests.named(appContainer().path("env"), name).path("value").asText();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.replace("Gi", "")) * 1024;
        }
        assertTrue(quantity.endsWith("Mi"), "memory is given in Mi or Gi: " + quantity);
        return Long.parseLong(quantity.replace("Mi", ""));
    }
}
