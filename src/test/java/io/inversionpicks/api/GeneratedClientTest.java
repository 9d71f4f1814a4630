package io.inversionpicks.api;

import io.inversionpicks.client.ApiClient;
import io.inversionpicks.client.ApiException;
import io.inversionpicks.client.api.ProductsApi;
import io.inversionpicks.client.api.RecommendationsApi;
import io.inversionpicks.client.api.WidgetApi;
import io.inversionpicks.client.model.CategoryList;
import io.inversionpicks.client.model.Comparison;
import io.inversionpicks.client.model.ComparisonRow;
import io.inversionpicks.client.model.Condition;
import io.inversionpicks.client.model.DisclosedLink;
import io.inversionpicks.client.model.ExperienceLevel;
import io.inversionpicks.client.model.Goal;
import io.inversionpicks.client.model.Offer;
import io.inversionpicks.client.model.Problem;
import io.inversionpicks.client.model.Product;
import io.inversionpicks.client.model.ProductPage;
import io.inversionpicks.client.model.Recommendations;
import io.inversionpicks.client.model.SingleProduct;
import io.inversionpicks.client.model.WidgetTexts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Calls every public JSON read through the Java client that openapi-generator makes from the committed contract
 * (src/main/openapi/openapi.yaml; see the pom), as a blog platform's developer would: if the contract stops
 * describing what the service answers, or changes in a way that breaks such a client, this fails to compile or to
 * read the answers. The widget's HTML pages are for iframes, not clients; their HTML is checked elsewhere.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final String SPONSORED = "sponsored nofollow noopener";
    private static final String AMAZON_STATEMENT = "As an Amazon Associate I earn from qualifying purchases.";

    @TestHTTPResource("/")
    URL base;

    private ApiClient client;
    private ProductsApi products;
    private RecommendationsApi recommendations;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        products = new ProductsApi(client);
        recommendations = new RecommendationsApi(client);
    }

    @Test
    void searchReturnsProductsWhoseEveryLinkIsDisclosed() throws ApiException {
        ProductPage page = products.searchProducts(ProductsApi.APISearchProductsRequest.newBuilder()
                .beginner(true).size(5).build());

        assertThat(page.getItems()).isNotEmpty().allSatisfy(product -> assertThat(product.getBeginnerFriendly()).isTrue());
        assertThat(page.getTotal()).isGreaterThanOrEqualTo(page.getItems().size());
        assertThat(page.getItems()).flatMap(Product::getOffers).isNotEmpty()
                .allSatisfy(offer -> assertDisclosed(offer.getLink()));
        assertThat(page.getDisclosure().getText()).contains("commission");
        boolean amazonLinked = page.getItems().stream().flatMap(p -> p.getOffers().stream())
                .anyMatch(offer -> "amazon".equals(offer.getRetailer()));
        if (amazonLinked) {
            assertThat(page.getDisclosure().getStatements()).contains(AMAZON_STATEMENT);
        }
    }

    @Test
    void oneProductAndTheCategories() throws ApiException {
        SingleProduct one = products.getProduct(ProductsApi.APIGetProductRequest.newBuilder()
                .id("teeter-fitspine-x3").build());
        assertThat(one.getProduct().getId()).isEqualTo("teeter-fitspine-x3");
        assertThat(one.getProduct().getOffers()).isNotEmpty().extracting(Offer::getLink)
                .allSatisfy(GeneratedClientTest::assertDisclosed);

        CategoryList categories = products.listCategories();
        assertThat(categories.getItems()).isNotEmpty()
                .anySatisfy(category -> assertThat(category.getId()).isEqualTo("inversion-table"));
        assertThat(categories.getItems()).allSatisfy(category -> assertThat(category.getProductCount()).isPositive());
    }

    @Test
    void aRecommendationExplainsItsPicks() throws ApiException {
        Recommendations answer = recommendations.recommend(RecommendationsApi.APIRecommendRequest.newBuilder()
                .experience(ExperienceLevel.NEW).goals(List.of(Goal.BACK_PAIN_RELIEF))
                .heightCm(new BigDecimal("178")).weightKg(new BigDecimal("90")).limit(2).build());

        assertThat(answer.getAdvisory()).isNull();
        assertThat(answer.getItems()).isNotEmpty().hasSizeLessThanOrEqualTo(2).allSatisfy(pick -> {
            assertThat(pick.getReasons()).isNotEmpty();
            assertThat(pick.getProduct().getOffers()).extracting(Offer::getLink)
                    .allSatisfy(GeneratedClientTest::assertDisclosed);
        });
        assertThat(answer.getSafety().getGuidance()).isNotEmpty();
    }

    @Test
    void aReportedConditionGetsTheAdvisoryAndNoProduct() throws ApiException {
        Recommendations answer = recommendations.recommend(RecommendationsApi.APIRecommendRequest.newBuilder()
                .experience(ExperienceLevel.NEW).conditions(List.of("glaucoma")).build());

        assertThat(answer.getAdvisory()).isNotNull();
        assertThat(answer.getAdvisory().getConditions()).containsExactly(Condition.GLAUCOMA);
        assertThat(answer.getAdvisory().getMessage()).containsIgnoringCase("doctor");
        assertThat(answer.getItems()).isEmpty();
    }

    @Test
    void aComparisonHasOneValuePerProductInEveryRow() throws ApiException {
        Comparison comparison = recommendations.compareProducts(RecommendationsApi.APICompareProductsRequest
                .newBuilder().ids(List.of("teeter-fitspine-x3", "innova-itx9600")).build());

        assertThat(comparison.getProducts()).extracting(Product::getId)
                .containsExactly("teeter-fitspine-x3", "innova-itx9600");
        assertThat(comparison.getRows()).isNotEmpty().extracting(ComparisonRow::getKey).contains("price");
        assertThat(comparison.getRows()).allSatisfy(row -> assertThat(row.getValues()).hasSize(2));
        assertThat(comparison.getProducts()).flatMap(Product::getOffers).extracting(Offer::getLink)
                .allSatisfy(GeneratedClientTest::assertDisclosed);
    }

    @Test
    void theWidgetTexts() throws ApiException {
        WidgetTexts texts = new WidgetApi(client).getWidgetTexts();
        assertThat(texts.getSafety().getGuidance()).isNotEmpty();
        assertThat(texts.getProfile()).isNotNull();
    }

    @Test
    void badInputIsAProblemNamingTheParameter() throws Exception {
        ApiException bad = catchThrowableOfType(ApiException.class, () -> products.searchProducts(
                ProductsApi.APISearchProductsRequest.newBuilder().size(0).build()));
        assertThat(bad.getCode()).isEqualTo(400);
        assertThat(bad.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
        Problem problem = client.getObjectMapper().readValue(bad.getResponseBody(), Problem.class);
        assertThat(problem.getType().toString()).endsWith("/invalid-parameter");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getParameter()).isEqualTo("size"));

        ApiException missing = catchThrowableOfType(ApiException.class, () -> products.getProduct(
                ProductsApi.APIGetProductRequest.newBuilder().id("teeter-x9").build()));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(client.getObjectMapper().readValue(missing.getResponseBody(), Problem.class).getType().toString())
                .endsWith("/not-found");
    }

    private static void assertDisclosed(DisclosedLink link) {
        assertThat(link.getHref()).startsWith("http");
        assertThat(link.getRel()).isEqualTo(SPONSORED);
        assertThat(link.getDisclosure()).isNotBlank();
        if ("amazon".equals(link.getRetailer())) {
            assertThat(link.getDisclosure()).contains(AMAZON_STATEMENT);
        }
    }

}
