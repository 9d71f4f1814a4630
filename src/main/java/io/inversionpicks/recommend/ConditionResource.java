package io.inversionpicks.recommend;

import io.inversionpicks.common.Problem;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /conditions}: the health conditions a reader can report, each with its kind, why and sources. */
@Path("/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class ConditionResource {

    /** The list, in the order of the Condition schema. */
    @Schema(name = "Conditions")
    public record Conditions(List<ConditionDetail> conditions) {
    }

    private static final Conditions ALL = new Conditions(ConditionDetail.ALL);
    private static final CacheControl ONE_HOUR = CacheControl.valueOf("public, max-age=3600");

    @GET
    @NonBlocking
    @Operation(operationId = "listConditions", summary = "The health conditions a reader can report",
            description = "Every value the conditions parameter of GET /recommendations knows, with its label, why "
                    + "it matters, its kind (contraindication: no product, only the advice to see a doctor; "
                    + "precaution: products with a caution to ask a doctor first), the form group it is listed in, "
                    + "why it is that kind, and at least one source. The list is in code, not in the catalogue.")
    @APIResponse(responseCode = "200", description = "The conditions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Conditions.class)))
    @APIResponse(responseCode = "400", description = "An unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response conditions() {
        return Response.ok(ALL).cacheControl(ONE_HOUR).build();
    }
}
