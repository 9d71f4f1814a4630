package io.inversionpicks.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.inversionpicks.common.Problem;
import io.inversionpicks.web.HttpCaching;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class CategoryResource {

    private final CatalogueService catalogue;
    private final ProductService products;
    private final HttpCaching caching;

    public CategoryResource(CatalogueService catalogue, ProductService products, HttpCaching caching) {
        this.catalogue = catalogue;
        this.products = products;
        this.caching = caching;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "listCategories", summary = "Categories with their number of active products")
    @APIResponse(responseCode = "200", description = "All categories, in catalogue order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductService.CategoryList.class), examples = @ExampleObject(name = "categories",
                    value = """
                            {"items":[{"id":"inversion-table","name":"Inversion tables",
                             "description":"Tables that tilt you back to a chosen angle.","productCount":7}],
                             "catalogVersion":"5f1c2a9be07d"}""")))
    @APIResponse(responseCode = "400", description = "An unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Context HttpHeaders headers, @Context HttpServerRequest request) {
        ReadModel model = catalogue.current();
        return caching.json(model, request.uri(), headers, () -> products.categories(model));
    }
}
