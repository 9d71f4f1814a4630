package io.inversionpicks.catalog;

import io.inversionpicks.testing.FixedClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /products where prices matter: filtering and sorting by price, and Amazon offers without one. The shipped
 * catalogue's prices are fresh only at {@link FixedClock}'s instant, which is why these tests are not part of
 * {@link ProductResourceTest}, whose tests also run against the packaged jar on the real clock.
 */
@QuarkusTest
class ProductPricesTest {

    private static JsonPath products(String query) {
        return given().get("/products?" + query).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void priceRangeUsesTheLowestListedPrice() {
        JsonPath page = products("minPrice=100&maxPrice=200&size=100&sort=price-asc");
        List<String> ids = page.getList("items.id", String.class);
        assertThat(ids).isNotEmpty().contains("innova-itx9600");
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            List<Map<String, Object>> offers = (List<Map<String, Object>>) item.get("offers");
            assertThat(offers.stream().map(o -> (Map<String, Object>) o.get("price")).filter(p -> p != null)
                    .map(p -> new BigDecimal(p.get("amount").toString())))
                    .anySatisfy(amount -> assertThat(amount).isBetween(new BigDecimal(100), new BigDecimal(200)));
        }
    }

    @Test
    void priceSortsPutProductsWithoutAListedPriceLast() {
        List<Float> shownPrices = products("sort=price-asc&size=100")
                .getList("items.findAll { it.price != null }.price.amount", Float.class);
        List<String> byPriceAsc = products("sort=price-asc&size=100").getList("items.id", String.class);
        List<String> byPriceDesc = products("sort=price-desc&size=100").getList("items.id", String.class);
        assertThat(byPriceAsc).hasSameSizeAs(byPriceDesc).hasSizeGreaterThanOrEqualTo(11);
        // Products with no listed price (sold only at Amazon, whose prices come only from its API) end both orders.
        List<String> amazonOnly = products("size=100").getList(
                "items.findAll { it.offers.every { o -> o.retailer == 'amazon' } }.id", String.class);
        int listed = byPriceAsc.size() - amazonOnly.size();
        assertThat(amazonOnly).hasSizeGreaterThanOrEqualTo(4);
        assertThat(shownPrices).as("the prices shown, in price-asc order").isNotEmpty().isSorted();
        assertThat(byPriceAsc.subList(listed, byPriceAsc.size())).containsExactlyInAnyOrderElementsOf(amazonOnly);
        assertThat(byPriceDesc.subList(listed, byPriceDesc.size())).containsExactlyInAnyOrderElementsOf(amazonOnly);
        assertThat(byPriceAsc.get(0)).isEqualTo(byPriceDesc.get(listed - 1));
    }

    @Test
    void amazonOffersShowNoPriceButACallToAction() {
        // Amazon's prices may only come from its API; the shipped catalogue has none, and the sync is not running.
        JsonPath all = products("size=100");
        List<Map<String, Object>> amazonOffers =
                all.getList("items.offers.flatten().findAll { it.retailer == 'amazon' }");
        assertThat(amazonOffers).hasSizeGreaterThanOrEqualTo(10).allSatisfy(offer -> {
            assertThat(offer.get("price")).isNull();
            assertThat(offer.get("priceNote")).isEqualTo("See the price at Amazon");
        });
    }
}
