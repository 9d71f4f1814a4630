package io.inversionpicks.click;

import io.inversionpicks.common.Problem;
import io.inversionpicks.web.HtmlOrProblem;
import io.inversionpicks.web.ProblemMappers;
import io.inversionpicks.common.ProblemType;
import io.inversionpicks.common.SiteConfig;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.concurrent.CompletionStage;
import java.util.List;

/**
 * The tracked link every {@code href} points to. It answers 302 Found: the status every browser, feed reader and
 * affiliate network handles as "go there with GET", which is all a reader's click needs (307 would add nothing, as
 * there is never a request body to preserve). Nothing here blocks: the click is committed by {@link ClickWriter}
 * and the redirect goes out when its commit completes.
 */
@Path("/go/{productId}/{retailer}")
@Tag(name = "Clicks", description = "Tracked links to retailers")
public class GoResource {

    private final ClickService clicks;
    private final SiteConfig site;

    public GoResource(ClickService clicks, SiteConfig site) {
        this.clicks = clicks;
        this.site = site;
    }

    @GET
    @Operation(operationId = "followTrackedLink", summary = "Follow a tracked link",
            description = "Records the click (committed before the redirect is sent) and redirects to the product's "
                    + "page at the retailer, with the affiliate tag. The target always comes from the catalogue, "
                    + "never from the request. Prefetches (Sec-Purpose/Purpose: prefetch) and link previews "
                    + "(Slackbot, Twitterbot …) are redirected but not counted; other bots are counted and flagged. "
                    + "Responses carry Cache-Control: no-store and X-Robots-Tag: noindex, nofollow.")
    @APIResponse(responseCode = "302", description = "To the retailer",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The catalogue URL with the affiliate tag",
                    schema = @Schema(type = SchemaType.STRING,
                            example = "https://www.amazon.com/dp/B08L5V6ZJ6?tag=inversionpicks-20")))
    @APIResponse(responseCode = "404", description = "Unknown product, or the product has no offer at that retailer. "
            + "Browsers (Accept: text/html) get a short HTML page instead.",
            content = {@Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown product", value = """
                            {"type":"https://inversionpicks.io/problems/not-found","title":"Not found","status":404,
                             "detail":"No product 'teeter-x9' in the catalogue; the link may be out of date",
                             "instance":"/go/teeter-x9/amazon"}""")),
                    @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "400", description = "An undeclared query parameter (such as url= or next=)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The click could not be stored, so no redirect is sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "default", description = "Any other status (such as 405, or 500 should the service "
            + "fail) is a problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> go(@BeanParam GoParams params, @Context Request request,
                                        @Context UriInfo uri) {
        return clicks.go(params.visit(false)).thenApply(outcome -> respond(outcome, request, uri));
    }

    @HEAD
    @Operation(operationId = "checkTrackedLink", summary = "Check a tracked link", description = "Same redirect as GET; never counted as a click.")
    @APIResponse(responseCode = "302", description = "To the retailer")
    @APIResponse(responseCode = "404", description = "Unknown product, or no offer at that retailer")
    @APIResponse(responseCode = "default", description = "Any other status (such as 405, or 500 should the service "
            + "fail) is a problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> head(@BeanParam GoParams params, @Context Request request,
                                          @Context UriInfo uri) {
        return clicks.go(params.visit(true)).thenApply(outcome -> respond(outcome, request, uri));
    }

    private Response respond(GoOutcome outcome, Request request, UriInfo uri) {
        if (outcome instanceof GoOutcome.Redirect redirect) {
            return Response.status(Response.Status.FOUND).location(URI.create(redirect.location())).build();
        }
        String detail = ((GoOutcome.NotFound) outcome).detail();
        if (HtmlOrProblem.prefersHtml(request)) {
            return Response.status(Response.Status.NOT_FOUND).type(HtmlOrProblem.HTML)
                    .entity(new GoNotFoundPage(site.name(), detail)).build();
        }
        return ProblemMappers.respond(Problem.of(ProblemType.NOT_FOUND, detail, List.of()).at(uri.getPath()))
                .toResponse();
    }
}
