package io.inversionpicks.admin;

import io.inversionpicks.web.Roles;
import io.inversionpicks.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/catalog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin", description = "For editors and operators; HTTP Basic authentication")
public class CatalogueAdminResource {

    private final CatalogueAdminService admin;

    public CatalogueAdminResource(CatalogueAdminService admin) {
        this.admin = admin;
    }

    @GET
    @Operation(operationId = "getCatalogueStatus", summary = "The live catalogue and the last rejected edit",
            description = "Which version serves, since when, from which files and with how many products; whether "
                    + "the files on disk are valid; the last rejected load with every error; recent versions.")
    @APIResponse(responseCode = "200", description = "Catalogue status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CatalogueStatus.class),
                    examples = @ExampleObject(name = "an edit was rejected", value = """
                            {"folder":"/data/catalog","watch":{"mode":"auto","active":["events","poll"]},
                             "current":{"id":3,"label":"5f1c2a9be07d","contentHash":"5f1c2a9be07d…",
                               "publishedAt":"2026-11-23T09:12:03Z","productCount":19,
                               "files":["affiliate-programmes.yaml","categories.yaml","…"],
                               "changedFiles":["products/teeter-ep-560.yaml"],"source":"files"},
                             "loadedAt":"2026-11-23T09:12:03Z","filesValid":false,
                             "lastAttempt":{"at":"2026-11-23T10:40:00Z","trigger":"watch","outcome":"rejected",
                               "tookMs":41},
                             "reloading":null,
                             "lastRejected":{"at":"2026-11-23T10:40:00Z","trigger":"watch","errorCount":1,
                               "errors":[{"file":"products/teeter-ep-560.yaml","line":38,"column":10,
                                 "field":"offers[0].url","message":"must use https, not http"}]},
                             "history":[{"id":3,"label":"5f1c2a9be07d","publishedAt":"2026-11-23T09:12:03Z",
                               "productCount":19,"changedFiles":["products/teeter-ep-560.yaml"]}]}""")))
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials")
    public CatalogueStatus status() {
        return admin.status();
    }

    @POST
    @Path("/reload")
    @Operation(operationId = "reloadCatalogue", summary = "Reload the catalogue files now",
            description = "Reads and validates every file. Valid files are published (or reported unchanged); "
                    + "invalid files are rejected with every error, and the current version keeps serving. A reload "
                    + "already running (after a file change) is stopped in favour of this one.")
    @APIResponse(responseCode = "200", description = "The files are valid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReloadReport.class),
                    examples = @ExampleObject(name = "published", value = """
                            {"outcome":"published","version":{"id":4,"label":"9a0b1c2d3e4f","productCount":20,
                             "changedFiles":["products/new-table.yaml"],"source":"files"},"tookMs":85}""")))
    @APIResponse(responseCode = "422", description = "The files are invalid; nothing was published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rejected", value = """
                            {"type":"https://inversionpicks.io/problems/invalid-catalogue",
                             "title":"The catalogue files are invalid","status":422,
                             "detail":"2 problem(s) in the catalogue files; nothing was published, still serving version 5f1c2a9be07d",
                             "instance":"/admin/catalog/reload",
                             "errors":[{"file":"products/teeter-ep-560.yaml","line":38,"column":10,
                                        "field":"offers[0].url","message":"must use https, not http"},
                                       {"file":"retailers.yaml","line":7,"column":5,"field":"retailers[1].id",
                                        "message":"duplicate id 'amazon'; first defined on line 3"}]}""")))
    @APIResponse(responseCode = "409", description = "A newer reload request replaced this one before it finished",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The service is shutting down",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials")
    public ReloadReport reload() {
        return admin.reload();
    }
}
