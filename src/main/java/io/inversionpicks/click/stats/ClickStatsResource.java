package io.inversionpicks.click.stats;

import io.inversionpicks.web.Roles;
import io.inversionpicks.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/clicks")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin", description = "For editors; HTTP Basic authentication")
public class ClickStatsResource {

    /** The page only needs its own inline styles and to submit its form to itself. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

    private final ClickStatsService stats;

    public ClickStatsResource(ClickStatsService stats) {
        this.stats = stats;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, StatsFormat.CSV_MEDIA_TYPE, MediaType.TEXT_HTML})
    @Operation(operationId = "getClickStats", summary = "Click statistics",
            description = "Counts clicks by day, product, retailer, placement or source post over a range of UTC "
                    + "days. Potential bots are left out unless includeBots=true. JSON, CSV or an HTML page with a "
                    + "chart of clicks per day and the top products, chosen by format= or else the Accept header.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClickStats.class), examples = @ExampleObject(name = "by product",
                    value = """
                            {"groupBy":"product","from":"2026-11-01","to":"2026-11-23","includeBots":false,
                             "total":57,"rows":[{"key":"teeter-fitspine-x3","clicks":31},
                             {"key":"ironman-gravity-4000","clicks":26}]}""")),
                    @Content(mediaType = StatsFormat.CSV_MEDIA_TYPE, examples = @ExampleObject(name = "by product",
                            value = "product,clicks\nteeter-fitspine-x3,31\nironman-gravity-4000,26\n")),
                    @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = """
                            {"type":"https://inversionpicks.io/problems/invalid-parameter",
                             "title":"Invalid query parameter","status":400,
                             "detail":"from: must be a date like 2026-11-01, not '1 Nov'","instance":"/admin/clicks",
                             "errors":[{"parameter":"from","message":"must be a date like 2026-11-01, not '1 Nov'"}]}""")))
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials; the body is empty")
    public Response clicks(@BeanParam ClickStatsParams params, @Context Request request) {
        ClickStatsQuery query = stats.parse(params);
        StatsFormat format = query.format().orElseGet(() -> StatsFormat.negotiate(request));
        Response.ResponseBuilder response = switch (format) {
            case JSON -> Response.ok(stats.stats(query));
            case CSV -> {
                ClickStats counted = stats.stats(query);
                yield Response.ok(ClicksCsv.write(counted)).header("Content-Disposition",
                        "attachment; filename=\"" + ClicksCsv.fileName(counted) + "\"");
            }
            case HTML -> Response.ok(stats.dashboard(query)).header("Content-Security-Policy", PAGE_POLICY);
        };
        // Cache-Control: no-store, as on every /admin response, comes from SecurityHeadersFilter.
        return response.type(format.mediaType).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
