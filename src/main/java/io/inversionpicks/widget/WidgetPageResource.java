package io.inversionpicks.widget;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.catalog.view.CategoryView;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.common.Problem;
import io.inversionpicks.recommend.RecommendConfig;
import io.inversionpicks.web.HtmlOrProblem;
import io.inversionpicks.web.HttpCaching;
import io.inversionpicks.web.SecurityHeadersFilter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The widget's HTML pages, rendered on the server so they work without JavaScript: the iframe pages a blog embeds,
 * and the builder page where a blogger chooses options and copies a snippet. Their security headers are set per
 * path by {@link SecurityHeadersFilter}.
 */
@Path("/widget")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Widget", description = "Embeddable recommendation cards and comparison table")
public class WidgetPageResource {

    private static final String BAD_OPTION = "An unknown option or a bad value: a browser (preferring HTML) gets a "
            + "short page naming the option and what is valid, shown inside the iframe; other clients get problem "
            + "details (see WidgetErrorPages)";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance picks(PicksPage page, String jsonLd);

        static native TemplateInstance compare(ComparePage page, String jsonLd);

        static native TemplateInstance builder(List<CategoryView> categories, List<ProductView> products,
                                               int maxCards);
    }

    /** Accept picks HTML or problem JSON for a bad option; Referer may name the post clicks are credited to. */
    private static final String VARY = "Accept, Referer";

    /** What an iframe page depends on besides the published catalogue; see {@link #rendered}. */
    private record PageKey(String page, String requestLine, String referer, URI base) {
    }

    private final CatalogueService catalogue;
    private final PicksService picks;
    private final ComparePages comparePages;
    private final SchemaOrgJsonLd jsonLd;
    private final EmbeddingPost posts;
    private final RecommendConfig limits;
    private final HttpCaching caching;

    public WidgetPageResource(CatalogueService catalogue, PicksService picks, ComparePages comparePages,
                              SchemaOrgJsonLd jsonLd, EmbeddingPost posts, RecommendConfig limits,
                              HttpCaching caching) {
        this.catalogue = catalogue;
        this.picks = picks;
        this.comparePages = comparePages;
        this.jsonLd = jsonLd;
        this.posts = posts;
        this.limits = limits;
        this.caching = caching;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "widgetBuilderPage", summary = "Widget builder", description = "Choose a widget and its options, preview it, copy the snippet.")
    @APIResponse(responseCode = "200", description = "The builder page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "An unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateInstance builder() {
        ReadModel model = catalogue.current();
        return Templates.builder(model.categories(), model.activeProducts().stream().map(model::view).toList(),
                WidgetPicksParams.MAX_CARDS);
    }

    @GET
    @Path("/picks")
    @NonBlocking
    @Operation(operationId = "widgetPicksPage", summary = "Recommendation cards, for an iframe",
            description = "Takes the filters of GET /products plus limit, theme and form, and the reader profile "
                    + "of GET /recommendations. A reported health condition, known or not and however spelt, shows "
                    + "the advice to see a doctor and no products (200), even if other options are wrong. Framable "
                    + "only by the sites in widget.frame-ancestors.")
    @APIResponse(responseCode = "200", description = "The page, for an iframe",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_OPTION, content = {
            @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))})
    public Response picks(@BeanParam WidgetPicksParams params, @Context UriInfo uri, @Context HttpHeaders headers,
                          @Context HttpServerRequest request) {
        ReadModel model = catalogue.current();
        return rendered(model, "picks", request, uri, params.embedding, headers, () -> {
            PicksPage page = picks.picks(model, params.toQuery(model.categoryIds(), limits, posts, uri.getBaseUri()));
            return Templates.picks(page, jsonLd.itemList(page.cards().stream()
                    .map(card -> new SchemaOrgJsonLd.Listed(card.product(), card.offers())).toList())).render();
        });
    }

    @GET
    @Path("/compare")
    @NonBlocking
    @Operation(operationId = "widgetComparePage", summary = "Comparison table, for an iframe",
            description = "Takes the ids of GET /compare plus theme. Products retired or removed since the "
                    + "snippet was made are left out, with a note naming them. Framable only by the sites in "
                    + "widget.frame-ancestors.")
    @APIResponse(responseCode = "200", description = "The page, for an iframe",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_OPTION, content = {
            @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))})
    @APIResponse(responseCode = "404", description = "None of the ids is an available product; answered like a bad "
            + "option", content = {
            @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))})
    public Response compare(@BeanParam WidgetCompareParams params, @Context UriInfo uri,
                            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        ReadModel model = catalogue.current();
        return rendered(model, "compare", request, uri, params.embedding, headers, () -> {
            ComparePage page = comparePages.page(model, params.toQuery(posts, uri.getBaseUri()));
            return Templates.compare(page, jsonLd.itemList(page.columns().stream()
                    .map(column -> new SchemaOrgJsonLd.Listed(column.product(), column.offers())).toList())).render();
        });
    }

    /**
     * An iframe page, rendered once per published catalogue and request, then served as bytes with an ETag: a viral
     * post sends every reader to the same page, which should cost what a static file costs, not a template rendering
     * each. The page depends on its options and, for click attribution, on the Referer and the address this service
     * is reached at (see {@link EmbeddingPost}), so all are part of the key and the response varies on Referer for
     * caches in front. A bad option throws from {@code render} before anything is kept, and becomes a 400.
     */
    private Response rendered(ReadModel model, String page, HttpServerRequest request, UriInfo uri,
                              EmbeddingParams embedding, HttpHeaders headers, Supplier<String> render) {
        PageKey key = new PageKey(page, request.uri(), embedding.referer, uri.getBaseUri());
        return caching.page(model, key, headers, HtmlOrProblem.HTML, VARY, render);
    }
}
