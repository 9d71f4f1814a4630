package io.inversionpicks.widget;

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

/** The safety note as JSON, for widget.js: product lists carry none of their own, and the text lives only here. */
@Path("/widget/safety")
@Tag(name = "Widget")
public class SafetyNoteResource {

    private static final CacheControl ONE_HOUR = CacheControl.valueOf("public, max-age=3600");

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The short safety note every widget shows")
    @APIResponse(responseCode = "200", description = "Title, guidance and the consult-your-doctor line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafetyNote.class)))
    public Response safety() {
        return Response.ok(SafetyNote.DEFAULT).cacheControl(ONE_HOUR).build();
    }
}
