package io.inversionpicks.sync;

import io.inversionpicks.web.Roles;
import io.smallrye.common.annotation.Blocking;
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

@Path("/admin/sync")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin")
public class SyncResource {

    private static final String EXAMPLE = """
            {"sources":[{"source":"amazon-api","configured":true,"startedAt":"2026-12-01T09:00:00Z",
              "finishedAt":"2026-12-01T09:00:04Z","updated":3,"unchanged":9,"failed":0,"unmatched":1,
              "errors":["ItemNotAccessible: The ItemId B00EXAMPLE is not accessible through the Creators API."]}],
             "nextRun":"2026-12-01T10:00:00Z","oldestShownFetchedAt":"2026-12-01T09:00:04Z",
             "oldestShownAgeSeconds":120}""";

    private final RetailerSync sync;

    public SyncResource(RetailerSync sync) {
        this.sync = sync;
    }

    @GET
    @Operation(operationId = "getSyncReport", summary = "Retailer data: each source's last run",
            description = "Per source (Amazon's Creators API): the last run with its counts (updated, unchanged, "
                    + "failed, unmatched) and errors; when the next run is due; the age of the oldest retailer "
                    + "data readers see.")
    @APIResponse(responseCode = "200", description = "The sync report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncReport.class),
            examples = @ExampleObject(name = "after a run", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials")
    public SyncReport report() {
        return sync.report();
    }

    @POST
    @Blocking
    @Operation(operationId = "runSync", summary = "Fetch retailer data now",
            description = "Runs the sync at once (it waits for a run already going) and answers with the report. "
                    + "New prices reach readers without a catalogue reload.")
    @APIResponse(responseCode = "200", description = "The sync report after the run", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncReport.class),
            examples = @ExampleObject(name = "after a run", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials")
    public SyncReport runNow() {
        return sync.run();
    }
}
