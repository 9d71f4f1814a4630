package io.inversionpicks.click;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.inversionpicks.click.store.Channel;
import io.inversionpicks.common.Problem;
import io.inversionpicks.common.ProblemException;
import io.inversionpicks.web.ProblemMappers;
import io.inversionpicks.common.ProblemType;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Where pages report clicks on direct links ({@code ping} attribute, {@code navigator.sendBeacon}). It takes only
 * what a browser sends without a CORS preflight (POST with no body, {@code text/ping} or {@code text/plain}), ignores
 * the body (whose size {@link ClickReportLimits} bounds before it is read) and cookies, and never redirects, so it can
 * be used neither to steer a reader nor to make this service send requests elsewhere.
 */
@Path("/clicks/{productId}/{retailer}")
@Tag(name = "Clicks", description = "Tracked links to retailers")
public class ClicksResource {

    static final Pattern CLICK_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final String PING = "text/ping";
    private static final List<String> ACCEPTED_TYPES = List.of(PING, MediaType.TEXT_PLAIN);

    private final ClickService clicks;

    public ClicksResource(ClickService clicks) {
        this.clicks = clicks;
    }

    @POST
    @Operation(operationId = "reportClick", summary = "Report a click on a direct link",
            description = "For links whose href goes straight to the retailer (DisclosedLink.ping): send this when a "
                    + "reader follows one, as the <a ping> attribute, with navigator.sendBeacon, or as any POST "
                    + "without a body or with a short text/plain body (at most 1 KiB; the content is ignored). Add "
                    + "click=<random id> to every report of one click, and it is counted once. The click is stored "
                    + "before the answer is sent. Only pairs of the live catalogue whose retailer has direct links "
                    + "are recorded; tracked links are counted by /go. Clicks from bots are flagged, link previews "
                    + "not counted. No cookies are read and no IP address is stored.")
    @RequestBody(required = false, description = "Ignored; at most 1 KiB", content = {
            @Content(mediaType = PING, schema = @Schema(type = SchemaType.STRING, maxLength = 1024)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, maxLength = 1024))})
    @APIResponse(responseCode = "204", description = "Recorded (or a duplicate of a recorded click, or a preview)",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "no-store",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "no-store")))
    @APIResponse(responseCode = "400", description = "A malformed click id or query parameter, or a Ping-To header "
            + "naming another site than the offer's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown product, no offer at that retailer, or the retailer's "
            + "links are tracked by /go: nothing recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "411", description = "A body without a Content-Length",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A body over 1 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "A body other than text/ping or text/plain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The click could not be stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> report(@BeanParam ClickParams params, @Context UriInfo uri) {
        Channel channel = channel(params);
        if (params.click != null && !CLICK_ID.matcher(params.click).matches()) {
            throw ProblemException.invalid(List.of(Problem.ProblemError.parameter("click",
                    "must be 8 to 64 letters, digits, '-' or '_' (a random id such as a UUID)")));
        }
        ClickReport report = new ClickReport(params.productId, params.retailer, params.placement, params.post,
                params.pingFrom, params.pingTo, params.referer, params.userAgent, channel, params.click);
        return clicks.report(report).thenApply(outcome -> respond(outcome, uri));
    }

    /** Only what a page can send without a CORS preflight; the Ping-To header or text/ping means {@code <a ping>}. */
    private static Channel channel(ClickParams params) {
        Optional<String> type = Optional.ofNullable(params.contentType).map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> t.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
        if (type.isPresent() && !ACCEPTED_TYPES.contains(type.get())) {
            throw new ProblemException(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send no body, text/ping (as "
                    + "<a ping> does) or text/plain (as navigator.sendBeacon with a string does), not "
                    + type.get(), List.of()));
        }
        return type.filter(PING::equals).isPresent() || params.pingTo != null ? Channel.PING : Channel.BEACON;
    }

    private static Response respond(ReportOutcome outcome, UriInfo uri) {
        if (outcome instanceof ReportOutcome.Accepted) {
            return Response.noContent().build();
        }
        Problem problem = outcome instanceof ReportOutcome.NotFound notFound
                ? Problem.of(ProblemType.NOT_FOUND, notFound.detail(), List.of())
                : Problem.of(ProblemType.INVALID_HEADER, ((ReportOutcome.WrongDestination) outcome).detail(),
                List.of(Problem.ProblemError.parameter("Ping-To", "must name the offer's host")));
        return ProblemMappers.respond(problem.at(uri.getPath())).toResponse();
    }

    /** The reader has already gone to the retailer; the page may report again (the same click id counts once). */
}
