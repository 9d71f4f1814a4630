package io.inversionpicks.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Turns every failure into RFC 9457 problem details. Bad input never becomes a 500, and no response ever carries a
 * stack trace: unexpected errors are logged with an id that the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        return respond(e.problem().at(uri.getPath()));
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
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(null, Response.Status.fromStatusCode(status) == null ? "Error"
                            : Response.Status.fromStatusCode(status).getReasonPhrase(), status, e.getMessage(),
                            uri.getPath(), List.of())).build();
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
