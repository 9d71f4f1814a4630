package io.inversionpicks.catalog;

import io.inversionpicks.testing.DisclosureAudit;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Walks every JSON endpoint and fails on any retailer URL that is not inside a disclosed link object. */
@QuarkusTest
class DisclosureOnEveryLinkTest {

    @ConfigProperty(name = "site.public-base-url")
    String baseUrl;

    /** Every JSON GET endpoint that can show products; features add theirs here. */
    private List<String> endpoints() {
        List<String> paths = new ArrayList<>(List.of("/products?size=100", "/products?beginner=true",
                "/products?category=gravity-boots", "/categories", "/recommendations?experience=new&heightCm=180",
                "/recommendations?experience=experienced&heightCm=180&weightKg=80",
                "/compare?ids=teeter-fitspine-x3,innova-itx9600,ironman-gravity-4000"));
        given().get("/products?size=100").then().extract().jsonPath().getList("items.id", String.class)
                .forEach(id -> paths.add("/products/" + id));
        return paths;
    }

    @Test
    void everyOutboundLinkCarriesRelAndDisclosure() {
        int links = 0;
        for (String path : endpoints()) {
            String json = given().get(path).then().statusCode(200).extract().asString();
            links += DisclosureAudit.assertAllLinksDisclosed(json, baseUrl);
        }
        assertThat(links).as("the audit must have seen links").isGreaterThan(40);
    }

    @Test
    void theAuditCatchesABareRetailerUrl() {
        String leaky = """
                {"items":[{"name":"x","url":"https://www.amazon.com/dp/B000"}]}""";
        assertThatThrownBy(() -> DisclosureAudit.assertAllLinksDisclosed(leaky, baseUrl))
                .isInstanceOf(AssertionError.class).hasMessageContaining("bare outbound URL");
    }

    @Test
    void theAuditCatchesARedirectingAmazonLink() {
        String cloaked = """
                {"disclosure":{"statements":["As an Amazon Associate I earn from qualifying purchases."]},
                 "link":{"href":"%s/go/teeter-fitspine-x3/amazon?placement=api","ping":null,"retailer":"amazon",
                         "rel":"sponsored nofollow noopener",
                         "disclosure":"As an Amazon Associate I earn from qualifying purchases."}}""".formatted(baseUrl);
        assertThatThrownBy(() -> DisclosureAudit.assertAllLinksDisclosed(cloaked, baseUrl))
                .isInstanceOf(AssertionError.class).hasMessageContaining("straight to www.amazon.com")
                .hasMessageContaining("must carry the click URL");
    }

    @Test
    void theAuditCatchesADirectAmazonLinkWithoutTagOrPing() {
        String untagged = """
                {"disclosure":{"statements":["As an Amazon Associate I earn from qualifying purchases."]},
                 "link":{"href":"https://www.amazon.com/dp/B07D5QXK4R","retailer":"amazon",
                         "rel":"sponsored nofollow noopener",
                         "disclosure":"As an Amazon Associate I earn from qualifying purchases."}}""";
        assertThatThrownBy(() -> DisclosureAudit.assertAllLinksDisclosed(untagged, baseUrl))
                .isInstanceOf(AssertionError.class).hasMessageContaining("with tag=")
                .hasMessageContaining("must carry the click URL");
    }

    @Test
    void theAuditCatchesAnAmazonLinkWithoutAmazonsStatement() {
        String leaky = """
                {"disclosure":{"text":"We earn","statements":[]},
                 "link":{"href":"https://www.amazon.com/dp/B000?tag=x","retailer":"amazon",
                         "rel":"sponsored nofollow noopener","disclosure":"We earn a commission."}}""";
        assertThatThrownBy(() -> DisclosureAudit.assertAllLinksDisclosed(leaky, baseUrl))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Amazon");
    }
}
