package io.inversionpicks.click;

import io.inversionpicks.catalog.AffiliateLinks;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.Placement;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.view.DisclosedLink;
import io.inversionpicks.testing.DisclosureAudit;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every link the API hands out leads to the retailer: a tracked /go link on the public base URL, or, for a retailer
 * with direct links (Amazon), the retailer's page with our tag and a ping URL on the public base URL that counts it.
 */
@QuarkusTest
class GoLinksTest {

    static final String BASE = "http://localhost:8081";

    @Inject
    AffiliateLinks links;
    @Inject
    CatalogueService catalogue;

    @Test
    void productLinksAreTrackedOrDirectAndStillDisclosed() {
        String json = given().queryParam("size", 100).when().get("/products").then().statusCode(200)
                .extract().asString();
        assertThat(ShippedOffers.targets().size())
                .as("one disclosed link per offer")
                .isEqualTo(DisclosureAudit.assertAllLinksDisclosed(json, BASE));
        List<Map<String, Object>> shown = io.restassured.path.json.JsonPath.from(json)
                .getList("items.collectMany { p -> p.offers.collect { o -> [product: p.id, link: o.link] } }");
        assertThat(shown.size()).isEqualTo(ShippedOffers.targets().size());
        Map<String, String> expected = new java.util.HashMap<>();
        ShippedOffers.targets().forEach(t -> expected.put(t.toString(), t.expectedLocation()));
        int direct = 0;
        for (Map<String, Object> entry : shown) {
            @SuppressWarnings("unchecked")
            Map<String, String> link = (Map<String, String>) entry.get("link");
            String pair = entry.get("product") + "/" + link.get("retailer");
            if (ShippedOffers.directRetailers().contains(link.get("retailer"))) {
                direct++;
                assertThat(link.get("href")).as(pair + " goes straight to the retailer").isEqualTo(expected.get(pair));
                assertThat(link.get("ping")).as(pair).isEqualTo(BASE + "/clicks/" + pair + "?placement=api");
                // Tests run on a random port, so the ping's path is posted to, not its host.
                given().contentType("text/ping").body("PING").header("Ping-To", link.get("href"))
                        .header("User-Agent", GoRedirectTest.BROWSER).when().post(URI.create(link.get("ping"))
                                .getRawPath()).then().statusCode(204);
                continue;
            }
            String href = link.get("href");
            assertThat(href.startsWith(BASE + "/go/") && href.endsWith("?placement=api")).as(href).isTrue();
            assertThat(link.get("ping")).as(pair + ": /go counts its clicks itself").isNull();
            URI uri = URI.create(href);
            given().redirects().follow(false).urlEncodingEnabled(false).header("User-Agent", GoRedirectTest.BROWSER)
                    .when().get(uri.getRawPath() + "?" + uri.getRawQuery())
                    .then().statusCode(302).header("Location", equalTo(expected.get(pair)));
        }
        assertThat(direct > 5).as("the shipped catalogue has direct (Amazon) links: " + direct).isTrue();
    }

    @Test
    void aSingleProductsLinksAreDirectForAmazonAndTrackedForOthers() {
        given().when().get("/products/teeter-fitspine-x3").then().statusCode(200)
                .body("product.offers.link.href", org.hamcrest.Matchers.contains(
                        "https://www.amazon.com/dp/B07D5QXK4R?tag=inversionpicks-20",
                        BASE + "/go/teeter-fitspine-x3/teeter?placement=api"))
                .body("product.offers.link.ping", org.hamcrest.Matchers.contains(
                        BASE + "/clicks/teeter-fitspine-x3/amazon?placement=api", null));
    }

    @ParameterizedTest
    @EnumSource(value = Placement.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void callersCanAskForALinkWithTheirPlacement(Placement placement) {
        ReadModel model = catalogue.current();
        Product product = model.product("teeter-fitspine-x3").orElseThrow();
        DisclosedLink direct = links.link(model.catalogue(), product, product.offerAt("amazon").orElseThrow(),
                placement);
        DisclosedLink tracked = links.link(model.catalogue(), product, product.offerAt("teeter").orElseThrow(),
                placement);
        assertThat(direct.ping()).isEqualTo(BASE + "/clicks/teeter-fitspine-x3/amazon?placement=" + placement.slug());
        assertThat(direct.href()).isEqualTo("https://www.amazon.com/dp/B07D5QXK4R?tag=inversionpicks-20");
        assertThat(tracked.href()).isEqualTo(BASE + "/go/teeter-fitspine-x3/teeter?placement=" + placement.slug());
        assertThat(tracked.ping()).isNull();
        for (DisclosedLink link : List.of(direct, tracked)) {
            assertThat(link.rel()).isEqualTo(DisclosedLink.REL);
            assertThat(link.disclosure().contains("Inversion Picks")).isTrue();
        }
    }

    @Test
    void theOpenApiContractListsExactlyThePlacements() {
        Map<String, Object> parameter = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath()
                .getMap("paths.'/go/{productId}/{retailer}'.get.parameters.find { it.name == 'placement' }");
        assertThat(((Map<?, ?>) parameter.get("schema")).get("enum")).isEqualTo(Placement.slugs());
    }
}
