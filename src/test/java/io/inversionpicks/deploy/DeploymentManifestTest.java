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
import static org.assertj.core.api.Assertions.assertThat;

/** The Deployment and its companions in deploy/kubernetes.yml are fit for production. */
class DeploymentManifestTest {

    @Test
    void runsAtLeastTwoReplicasAndTheAutoscalerNeverGoesBelowThat() {
        JsonNode hpa = resource(KUBERNETES, "HorizontalPodAutoscaler").path("spec");

        assertThat(deployment().path("spec").path("replicas").asInt() >= 2).as("replicas").isTrue();
        assertThat(hpa.path("minReplicas").asInt() >= 2).as("HPA minReplicas").isTrue();
        assertThat(hpa.path("maxReplicas").asInt() > hpa.path("minReplicas").asInt()).as("HPA can scale out").isTrue();
        assertThat(hpa.path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.path("scaleTargetRef").path("name").asText()).isEqualTo(APP);
    }

    @Test
    void disruptionBudgetKeepsAReplicaAndSelectsThePods() {
        JsonNode pdb = resource(KUBERNETES, "PodDisruptionBudget").path("spec");
        JsonNode podLabels = deployment().path("spec").path("template").path("metadata").path("labels");

        assertThat(pdb.path("minAvailable").asInt() >= 1).as("minAvailable").isTrue();
        pdb.path("selector").path("matchLabels").fields().forEachRemaining(label ->
                assertThat(podLabels.path(label.getKey()).asText())
                        .as(label.getKey())
                        .isEqualTo(label.getValue().asText()));
        assertThat(pdb.path("selector").path("matchLabels").isEmpty()).as("PDB selects something").isFalse();
    }

    @Test
    void imageIsPinnedToAVersionTag() {
        String image = appContainer().path("image").asText();
        String tag = image.substring(image.lastIndexOf('/') + 1).contains(":")
                ? image.substring(image.lastIndexOf(':') + 1) : "";

        assertThat(tag.isEmpty()).as(image + " has no tag, which means latest").isFalse();
        assertThat(tag).as(image).isNotEqualTo("latest");
    }

    @Test
    void securityContextIsNonRootReadOnlyWithoutPrivileges() {
        JsonNode pod = podSpec().path("securityContext");
        JsonNode container = appContainer().path("securityContext");

        assertThat(pod.path("runAsNonRoot").asBoolean()).as("pod runAsNonRoot").isTrue();
        assertThat(pod.path("runAsUser").asLong() > 0).as("pod runs as a numeric non-root user").isTrue();
        assertThat(container.path("runAsNonRoot").asBoolean()).as("container runAsNonRoot").isTrue();
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).as("readOnlyRootFilesystem").isTrue();
        assertThat(container.path("allowPrivilegeEscalation").asBoolean(true)).as("allowPrivilegeEscalation").isFalse();
        assertThat(texts(container.path("capabilities").path("drop")))
                .as("capabilities dropped")
                .isEqualTo(List.of("ALL"));
        assertThat(container.path("capabilities").path("add").isMissingNode()).as("no capability added back").isTrue();
    }

    @Test
    void onlyTmpAndTheDataDirectoryAreWritableAndBothAreScratchVolumes() {
        String workingDir = appContainer().path("workingDir").asText();
        Set<String> writable = new HashSet<>();
        for (JsonNode mount : appContainer().path("volumeMounts")) {
            if (!mount.path("readOnly").asBoolean(false)) {
                writable.add(mount.path("mountPath").asText());
                JsonNode volume = volume(mount.path("name").asText());
                assertThat(volume.has("emptyDir") || volume.has("persistentVolumeClaim"))
                        .as(mount + " is writable but not a scratch or claimed volume")
                        .isTrue();
            }
        }
        String dataDir = ProdProfileConfig.inContainer(workingDir, "app.data-dir").toString();

        assertThat(writable).isEqualTo(Set.of("/tmp", dataDir));
        assertThat(mount("data").path("mountPath").asText()).isEqualTo(dataDir);
    }

    @Test
    void memoryAndCpuHaveRequestsAndLimits() {
        JsonNode resources = appContainer().path("resources");
        long requested = mebibytes(resources.path("requests").path("memory").asText());
        long limit = mebibytes(resources.path("limits").path("memory").asText());

        assertThat(requested >= 256).as("the measured resident set (~300 MiB under load) fits the request").isTrue();
        assertThat(limit >= requested).as("limit >= request").isTrue();
        assertThat(resources.path("requests").path("cpu").asText().isEmpty())
                .as("CPU request, which the HPA needs")
                .isFalse();
        assertThat(env("JAVA_MAX_MEM_RATIO"))
                .as("heap is half the limit, leaving room for the rest of the JVM")
                .isEqualTo("50");
    }

    @Test
    void settingsAndCredentialsComeFromTheExampleConfigMapAndSecret() {
        Set<String> sources = new HashSet<>();
        for (JsonNode from : appContainer().path("envFrom")) {
            from.fields().forEachRemaining(ref -> sources.add(ref.getKey() + "/" + ref.getValue().path("name").asText()));
        }
        JsonNode secret = resource(DEPLOY.resolve("secret.example.yml"), "Secret");
        JsonNode config = resource(DEPLOY.resolve("site-config.example.yml"), "ConfigMap");

        assertThat(sources)
                .isEqualTo(Set.of("secretRef/" + secret.path("metadata").path("name").asText(),
                "configMapRef/" + config.path("metadata").path("name").asText()));
        for (String key : List.of("ADMIN_USERNAME", "ADMIN_PASSWORD", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertThat(secret.path("stringData").has(key)).as("the example Secret sets " + key).isTrue();
        }
        assertThat(config.path("data").has("SITE_PUBLIC_BASE_URL"))
                .as("the example ConfigMap sets the public URL")
                .isTrue();
    }

    @Test
    void examplePostgresqlReadsTheSameSecret() {
        JsonNode postgres = resource(DEPLOY.resolve("postgresql.yml"), "StatefulSet");
        String secretName = resource(DEPLOY.resolve("secret.example.yml"), "Secret").path("metadata").path("name").asText();
        JsonNode env = postgres.path("spec").path("template").path("spec").path("containers").get(0).path("env");

        assertThat(DeployManifests.named(env, "POSTGRES_PASSWORD")
                .path("valueFrom").path("secretKeyRef").path("name").asText())
                .isEqualTo(secretName);
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
        assertThat(quantity.endsWith("Mi")).as("memory is given in Mi or Gi: " + quantity).isTrue();
        return Long.parseLong(quantity.replace("Mi", ""));
    }
}
