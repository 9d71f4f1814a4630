package io.inversionpicks.widget;

import io.inversionpicks.common.Problem;
import io.inversionpicks.web.HtmlOrProblem;
import io.inversionpicks.web.SecurityHeadersFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;

/**
 * A problem with an iframe page's embed code (an unknown parameter, a bad value, products that no longer exist) is
 * answered with an HTML page when the client prefers HTML, as a browser loading the iframe does: problem JSON would
 * show as raw text inside the blog post. The status stays (400 or 404), and clients that prefer JSON (or accept
 * anything) still get application/problem+json. Done as a response filter, so that problems from the parameter
 * guard and from the services are both covered.
 */
public class WidgetErrorPages {

    @ServerResponseFilter
    public void htmlForBrowsers(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || problem.status() < 400 || problem.status() >= 500
                || !SecurityHeadersFilter.FRAMABLE_PAGES.contains(request.getUriInfo().getPath())) {
            return;
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (HtmlOrProblem.prefersHtml(request.getRequest())) {
            // Rendered here, as a response filter runs after the step that renders templates returned by resources.
            response.setEntity(WidgetErrorPage.of(problem).render(), new Annotation[0], HtmlOrProblem.HTML);
        }
    }
}
