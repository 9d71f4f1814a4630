package io.inversionpicks.catalog;

import io.inversionpicks.common.Problem;
import io.inversionpicks.web.HttpCaching;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The catalogue of inversion equipment, with disclosed affiliate links")
public class ProductResource {

    private final CatalogueService catalogue;
    private final ProductService products;
    private final HttpCaching caching;

    public ProductResource(CatalogueService catalogue, ProductService products, HttpCaching caching) {
        this.catalogue = catalogue;
        this.products = products;
        this.caching = caching;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "searchProducts", summary = "Search products",
            description = "Filters combine with AND. Every retailer link is a DisclosedLink; the top-level disclosure "
                    + "includes Amazon's statement whenever an Amazon link is present. Supports ETag/If-None-Match.")
    @APIResponse(responseCode = "200", description = "A page of products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "invalid value", value = """
                                    {"type":"https://inversionpicks.io/problems/invalid-parameter",
                                     "title":"Invalid query parameter","status":400,
                                     "detail":"beginner: must be true or false, not 'maybe'","instance":"/products",
                                     "errors":[{"parameter":"beginner","message":"must be true or false, not 'maybe'",
                                                "allowed":["true","false"]}]}"""),
                            @ExampleObject(name = "unknown parameter", value = """
                                    {"type":"https://inversionpicks.io/problems/unknown-parameter",
                                     "title":"Unknown query parameter","status":400,
                                     "detail":"begginer: unknown parameter; did you mean 'beginner'?",
                                     "instance":"/products",
                                     "errors":[{"parameter":"begginer","didYouMean":"beginner",
                                                "message":"unknown parameter; did you mean 'beginner'?"}]}""")}))
    public Response search(@BeanParam ProductFilterParams params, @Context HttpHeaders headers,
                           @Context HttpServerRequest request) {
        ReadModel model = catalogue.current();
        return caching.json(model, request.uri(), headers,
                () -> products.search(model, params.toQuery(model.categoryIds())));
    }

    @GET
    @Path("/{id}")
    @NonBlocking
    @Operation(operationId = "getProduct", summary = "One product", description = "The product with its disclosed links and the disclosure.")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductService.SingleProduct.class)))
    @APIResponse(responseCode = "404", description = "No product with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = """
                            {"type":"https://inversionpicks.io/problems/not-found","title":"Not found","status":404,
                             "detail":"No product with id 'teeter-x9'; list them with GET /products",
                             "instance":"/products/teeter-x9"}""")))
    public Response byId(@Parameter(description = "Product id (slug)", example = "teeter-fitspine-x3")
                         @PathParam("id") String id, @Context HttpHeaders headers,
                         @Context HttpServerRequest request) {
        ReadModel model = catalogue.current();
        return caching.json(model, request.uri(), headers, () -> products.product(model, id));
    }
}
