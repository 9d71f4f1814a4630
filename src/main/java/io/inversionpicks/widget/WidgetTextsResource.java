package io.inversionpicks.widget;

import io.inversionpicks.common.Problem;
import io.inversionpicks.catalog.view.SafetyGuidance;
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

/**
 * The fixed texts widget.js needs besides the API answers: the safety note (product lists carry none of their own)
 * and the reader-profile form's choices, so the wording lives only in Java. widget.js carries them inside
 * ({@link WidgetScript}), saving the blog a request; this endpoint stays for copies of widget.js served as a plain
 * file and for anyone else who reads it.
 */
@Path("/widget/texts")
@Tag(name = "Widget")
public class WidgetTextsResource {

    /** What widget.js shows besides the data: safety guidance and the profile form's choices. */
    @Schema(name = "WidgetTexts")
    public record WidgetTexts(SafetyGuidance safety, ProfileChoices profile) {
    }

    static final WidgetTexts TEXTS = new WidgetTexts(SafetyGuidance.STANDARD, ProfileChoices.STANDARD);
    private static final CacheControl ONE_HOUR = CacheControl.valueOf("public, max-age=3600");

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWidgetTexts", summary = "Safety note and profile-form choices for widget.js")
    @APIResponse(responseCode = "200", description = "The texts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WidgetTexts.class)))
    @APIResponse(responseCode = "400", description = "An unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response texts() {
        return Response.ok(TEXTS).cacheControl(ONE_HOUR).build();
    }
}
