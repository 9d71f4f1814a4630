package io.inversionpicks.web;

import io.inversionpicks.common.Problem;
import io.inversionpicks.common.ProblemException;
import io.inversionpicks.common.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns every failure into RFC 9457 problem details. Bad input never becomes a 500, and no response ever carries a
 * stack trace: unexpected errors are logged with an id that the response repeats.
 */
public class ProblemMappers {

    /** The problem types that say nothing beyond their status, so any exception with that status may use them. */
    private static final Set<ProblemType> STATUS_ONLY = EnumSet.of(ProblemType.NOT_FOUND,
            ProblemType.METHOD_NOT_ALLOWED, ProblemType.NOT_ACCEPTABLE, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            ProblemType.BODY_TOO_LARGE, ProblemType.LENGTH_REQUIRED);

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        Problem problem = e.problem().at(uri.getPath());
        if (problem.status() >= 500) {
            LOG.warnf("%d for %s: %s", problem.status(), uri.getPath(), e.getMessage());
        }
        RestResponse.ResponseBuilder<Problem> response = RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem).type(Problem.MEDIA_TYPE);
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds())));
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.NOT_FOUND, "No resource at " + uri.getPath(), List.of())
                .at(uri.getPath()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAllowed(NotAllowedException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                "Allowed methods: " + e.getResponse().getAllowedMethods(), List.of()).at(uri.getPath()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unsupported(NotSupportedException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), List.of()).at(uri.getPath()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableBody(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.INVALID_PARAMETER, "The request body is not valid JSON", List.of())
                .at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 500 && status != 401 && status != 403) {
            // Our own type where it means no more than this status; otherwise RFC 9457's "about:blank".
            Problem problem = Arrays.stream(ProblemType.values()).filter(t -> t.status() == status)
                    .filter(t -> STATUS_ONLY.contains(t)).findFirst()
                    .map(t -> Problem.of(t, e.getMessage(), List.of()))
                    .orElseGet(() -> new Problem(URI.create("about:blank"), Response.Status.fromStatusCode(status)
                            == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(), status,
                            e.getMessage(), null, List.of()));
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath())).build();
        }
        return e.getResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public RestResponse<Problem> unexpected(RuntimeException e, UriInfo uri) {
        String incident = Long.toHexString(System.nanoTime());
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri.getPath());
        return respond(Problem.of(ProblemType.INTERNAL, "Unexpected error; incident " + incident, List.of())
                .at(uri.getPath()));
    }

    public static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem).type(Problem.MEDIA_TYPE).build();
    }
}
