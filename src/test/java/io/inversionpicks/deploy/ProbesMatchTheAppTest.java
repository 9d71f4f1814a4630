package io.inversionpicks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.inversionpicks.deploy.DeployManifests.appContainer;
import static io.inversionpicks.deploy.DeployManifests.deployment;
import static io.inversionpicks.deploy.DeployManifests.httpContainerPort;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The probes and ports in deploy/kubernetes.yml point at endpoints this application really serves. */
@QuarkusTest
class ProbesMatchTheAppTest {

    @ParameterizedTest
    @CsvSource({"startupProbe, /q/health/started", "readinessProbe, /q/health/ready", "livenessProbe, /q/health/live"})
    void eachProbeIsTheMatchingHealthEndpointAndAnswers200(String probe, String expectedPath) {
        JsonNode httpGet = appContainer().path(probe).path("httpGet");
        String path = httpGet.path("path").asText();

        assertThat(path).as(probe + " path").isEqualTo(expectedPath);
        assertThat(httpGet.path("port").asInt()).as(probe + " port").isEqualTo(httpContainerPort());
        given().get(path).then().statusCode(200);
    }

    @Test
    void readinessIncludesTheCatalogueCheck() {
        String path = appContainer().path("readinessProbe").path("httpGet").path("path").asText();
        given().get(path).then().statusCode(200).body("checks.name", hasItem("catalogue"));
    }

    @Test
    void containerAndServicePortsAreTheConfiguredHttpPort() {
        int configured = Integer.parseInt(ProdProfileConfig.prod("quarkus.http.port"));
        JsonNode service = DeployManifests.resource(DeployManifests.KUBERNETES, "Service");

        assertThat(httpContainerPort()).isEqualTo(configured);
        assertThat(service.path("spec").path("ports").get(0).path("targetPort").asInt()).isEqualTo(configured);
    }

    @Test
    void prometheusScrapesTheMetricsEndpoint() {
        JsonNode annotations = deployment().path("spec").path("template").path("metadata").path("annotations");

        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(String.valueOf(httpContainerPort()));
        given().get(annotations.path("prometheus.io/path").asText()).then().statusCode(200);
    }
}
