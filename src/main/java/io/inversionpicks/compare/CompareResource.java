package io.inversionpicks.compare;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.common.Problem;
import io.inversionpicks.web.HttpCaching;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/compare")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class CompareResource {

    private final CatalogueService catalogue;
    private final CompareService compare;
    private final HttpCaching caching;

    public CompareResource(CatalogueService catalogue, CompareService compare, HttpCaching caching) {
        this.catalogue = catalogue;
        this.compare = compare;
        this.caching = caching;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "compareProducts", summary = "Compare 2 to 4 products side by side",
            description = "Rows of attributes with label and unit, a value per product in the order of ids. Rows "
                    + "where the products differ have differs=true; best marks the lowest price, the highest weight "
                    + "capacity and the widest height range. Links are disclosed; supports ETag/If-None-Match.")
    @APIResponse(responseCode = "200", description = "The comparison table",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Comparison.class), examples = @ExampleObject(name = "two tables",
                    value = """
                            {"catalogVersion":"31adc8eec7d1",
                             "products":[{"id":"teeter-fitspine-x3"},{"id":"innova-itx9600"}],
                             "rows":[{"key":"price","label":"Price","unit":"USD","values":[529.99,129.99],
                                      "display":["$529.99","$129.99"],"differs":true,"best":[1]},
                                     {"key":"maxUserWeightKg","label":"Maximum user weight","unit":"kg",
                                      "values":[136.0,136.0],"display":["136 kg (300 lb)","136 kg (300 lb)"],
                                      "differs":false,"best":[]}],
                             "safety":{"title":"Use inversion safely","guidance":["..."],"doctor":"..."},
                             "disclosure":{"text":"...","statements":["As an Amazon Associate I earn from qualifying purchases."]}}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Fewer than 2 or more than 4 ids, or an id given twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "one id", value = """
                            {"type":"https://inversionpicks.io/problems/invalid-parameter",
                             "title":"Invalid query parameter","status":400,
                             "detail":"ids: give 2 to 4 product ids, comma-separated or repeated; got 1",
                             "instance":"/compare",
                             "errors":[{"parameter":"ids","message":"give 2 to 4 product ids, comma-separated or repeated; got 1"}]}""")))
    @APIResponse(responseCode = "404", description = "An id that is not an active product; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = """
                            {"type":"https://inversionpicks.io/problems/not-found","title":"Not found","status":404,
                             "detail":"ids: no product with id 'teeter-fitspine-x4'; did you mean 'teeter-fitspine-x3'?",
                             "instance":"/compare",
                             "errors":[{"parameter":"ids","message":"no product with id 'teeter-fitspine-x4'; did you mean 'teeter-fitspine-x3'?",
                                        "didYouMean":"teeter-fitspine-x3"}]}""")))
    public Response compare(@Parameter(description = "2 to 4 product ids, comma-separated or repeated; columns follow "
            + "this order", required = true, example = "[\"teeter-fitspine-x3\", \"innova-itx9600\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
                            @QueryParam("ids") List<String> ids, @Context HttpHeaders headers,
                            @Context HttpServerRequest request) {
        ReadModel model = catalogue.current();
        return caching.json(model, request.uri(), headers, () -> compare.compare(model, ComparisonQuery.read(ids)));
    }
}
