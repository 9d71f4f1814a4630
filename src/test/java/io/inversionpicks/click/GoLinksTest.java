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
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every link the API hands out is a tracked /go link on the public base URL, and it leads to the retailer. */
@QuarkusTest
class GoLinksTest {

    static final String BASE = "http://localhost:8081";

    @Inject
    AffiliateLinks links;
    @Inject
    CatalogueService catalogue;

    @Test
    void productLinksAreTrackedAndStillDisclosed() {
        String json = given().queryParam("size", 100).when().get("/products").then().statusCode(200)
                .extract().asString();
        assertEquals(DisclosureAudit.assertAllLinksDisclosed(json, BASE), Catalogue.targets().size(),
                "one disclosed link per offer");
        List<String> hrefs = io.restassured.path.json.JsonPath.from(json).getList("items.offers.flatten().link.href");
        assertEquals(Catalogue.targets().size(), hrefs.size());
        for (String href : hrefs) {
            assertTrue(href.startsWith(BASE + "/go/") && href.endsWith("?placement=api"), href);
            // Tests run on a random port, so the link's path is followed, not its host.
            URI uri = URI.create(href);
            given().redirects().follow(false).urlEncodingEnabled(false).header("User-Agent", GoRedirectTest.BROWSER)
                    .when().get(uri.getRawPath() + "?" + uri.getRawQuery())
                    .then().statusCode(302).header("Location", startsWith("https://"));
        }
    }

    @Test
    void aSingleProductsLinksAreTrackedToo() {
        given().when().get("/products/teeter-fitspine-x3").then().statusCode(200)
                .body("product.offers.link.href", org.hamcrest.Matchers.contains(
                        BASE + "/go/teeter-fitspine-x3/amazon?placement=api",
                        BASE + "/go/teeter-fitspine-x3/teeter?placement=api"));
    }

    @ParameterizedTest
    @EnumSource(value = Placement.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void callersCanAskForALinkWithTheirPlacement(Placement placement) {
        ReadModel model = catalogue.current();
        Product product = model.product("ironman-gravity-4000").orElseThrow();
        DisclosedLink link = links.link(model.catalogue(), product, product.offers().get(0), placement);
        assertEquals(BASE + "/go/ironman-gravity-4000/" + product.offers().get(0).retailer() + "?placement="
                + placement.slug(), link.href());
        assertEquals(DisclosedLink.REL, link.rel());
        assertTrue(link.disclosure().contains("Inversion Picks"));
    }

    @Test
    void theOpenApiContractListsExactlyThePlacements() {
        Map<String, Object> parameter = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath()
                .getMap("paths.'/go/{productId}/{retailer}'.get.parameters.find { it.name == 'placement' }");
        assertEquals(Placement.slugs(), ((Map<?, ?>) parameter.get("schema")).get("enum"));
    }
}
