package io.inversionpicks.links;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.RetailerPrices.OfferKey;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Slugged;
import io.inversionpicks.common.Problem;
import io.inversionpicks.common.Problem.ProblemError;
import io.inversionpicks.common.ProblemException;
import io.inversionpicks.common.SiteConfig;
import io.inversionpicks.common.Suggestions;
import io.inversionpicks.web.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Path("/admin/links")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin")
public class LinksResource {

    /** The page needs only its own inline styles: no script at all. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    static final String CSV = "text/csv";
    private static final List<String> FORMATS = List.of("json", "csv", "html");
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CSV), MediaType.TEXT_HTML_TYPE).build();
    /** The worst first: what an editor should look at. */
    private static final List<String> ORDER = List.of("broken", "redirected-away", "failing", "unreachable",
            "blocked", "out-of-stock", "unknown", "ok", "unchecked");
    private static final int HISTORY = 5;
    private static final String EXAMPLE = """
            {"lastRoundFinishedAt":"2026-12-01T03:00:41Z","counts":{"broken":1,"ok":30},
             "offers":[{"productId":"innova-itx9600","retailer":"walmart",
               "url":"https://www.walmart.com/ip/Innova-ITX9600-Heavy-Duty-Inversion-Table/37418265",
               "status":"broken","hidden":true,"showAnyway":null,"since":"2026-12-01T03:00:12Z","failures":2,
               "checkedAt":"2026-12-01T03:00:12Z","verdict":"not-found","httpStatus":404,
               "finalUrl":"https://www.walmart.com/ip/Innova-ITX9600-Heavy-Duty-Inversion-Table/37418265",
               "detail":"HTTP 404","history":[]}]}""";

    private final LinkHealthService links;
    private final CatalogueService catalogue;
    private final SiteConfig site;

    public LinksResource(LinkHealthService links, CatalogueService catalogue, SiteConfig site) {
        this.links = links;
        this.catalogue = catalogue;
        this.site = site;
    }

    @GET
    @Blocking
    @Produces({MediaType.APPLICATION_JSON, CSV, MediaType.TEXT_HTML})
    @Operation(operationId = "listLinkHealth", summary = "Link health of every offer",
            description = "Every offer of the live catalogue with its link's status (worst first), since when, the "
                    + "last check's raw evidence (HTTP status, final URL, detail) and its recent checks. Broken and "
                    + "redirected-away offers (twice in a row) are hidden from readers unless pinned with showAnyway "
                    + "in the product file. JSON, CSV or HTML, chosen by format= or else the Accept header.")
    @APIResponse(responseCode = "200", description = "The offers by status", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinksReport.class),
                    examples = @ExampleObject(name = "one broken link", value = EXAMPLE)),
            @Content(mediaType = CSV), @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "400", description = "An invalid parameter", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials")
    public Response list(@QueryParam("format") @Parameter(description = "Overrides the Accept header",
                                 schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "html"}))
                         String format,
                         @QueryParam("status") @Parameter(description = "Only offers with this status",
                                 schema = @Schema(type = SchemaType.STRING, enumeration = {"ok", "failing", "broken",
                                         "redirected-away", "out-of-stock", "blocked", "unreachable", "unknown",
                                         "unchecked"})) String status,
                         @Context Request request) {
        List<ProblemError> errors = new ArrayList<>();
        if (format != null && !FORMATS.contains(format)) {
            errors.add(ProblemError.parameter("format", "must be json, csv or html, not '" + shortened(format) + "'",
                    FORMATS));
        }
        if (status != null && !ORDER.contains(status)) {
            errors.add(ProblemError.parameter("status", "must be one of " + String.join(", ", ORDER) + ", not '"
                    + shortened(status) + "'", ORDER));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        LinksReport report = report(status);
        String chosen = format != null ? format : negotiate(request);
        Response.ResponseBuilder response = switch (chosen) {
            case "csv" -> Response.ok(LinksCsv.write(report)).type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"links.csv\"");
            case "html" -> Response.ok(new LinksPage(site.name(), report.lastRoundFinishedAt() == null ? "never"
                            : report.lastRoundFinishedAt().toString(), report.counts(), report.offers()))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Security-Policy", PAGE_POLICY);
            default -> Response.ok(report).type(MediaType.APPLICATION_JSON_TYPE);
        };
        // Cache-Control: no-store, as on every /admin response, comes from SecurityHeadersFilter.
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @POST
    @Path("/check")
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkLinks", summary = "Check links now",
            description = "Checks every offer's link at once (it waits for a round already going), or only one "
                    + "product's with product=, and answers with the round. Offers found broken twice in a row are "
                    + "hidden from readers at once; offers that pass are shown again.")
    @APIResponse(responseCode = "200", description = "The round", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinksCheckRound.class)))
    @APIResponse(responseCode = "400", description = "A product the live catalogue does not have", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials")
    public LinksCheckRound check(@QueryParam("product") @Parameter(description = "Only this product's offers",
            example = "innova-itx9600") String product) {
        if (product != null) {
            List<String> known = catalogue.current().catalogue().products().stream().filter(Product::active)
                    .map(Product::id).toList();
            if (!known.contains(product)) {
                String suggestion = Suggestions.closest(product, known).orElse(null);
                throw ProblemException.invalid(List.of(new ProblemError("product", null, null, null, null,
                        "no active product '" + shortened(product) + "' in the catalogue"
                                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"), List.of(),
                        suggestion)));
            }
        }
        LinkHealthService.Round round = links.check(Optional.ofNullable(product));
        return new LinksCheckRound(product, round.startedAt(), round.finishedAt(), round.checked(),
                round.byStatus());
    }

    private LinksReport report(String onlyStatus) {
        Map<String, Offer> catalogued = new LinkedHashMap<>();
        for (Product product : catalogue.current().catalogue().products()) {
            product.offers().forEach(o -> catalogued.put(product.id() + "/" + o.retailer(), o));
        }
        List<OfferLink> offers = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        ORDER.forEach(s -> counts.put(s, 0));
        for (Map.Entry<OfferKey, Optional<OfferState>> entry : links.offers()) {
            OfferKey key = entry.getKey();
            Offer offer = catalogued.get(key.productId() + "/" + key.retailer());
            OfferLink link = entry.getValue().map(state -> new OfferLink(key.productId(), key.retailer(), offer.url(),
                    state.status().slug(), state.hidden() && offer.showAnyway() == null, offer.showAnyway(),
                    state.since(), state.failures(), state.last().checkedAt(), state.last().verdict().slug(),
                    state.last().httpStatus(), state.last().finalUrl(), state.last().detail(),
                    links.history(key, HISTORY).stream().map(c -> new OfferLink.Check(c.checkedAt(),
                            c.verdict().slug(), c.httpStatus(), c.finalUrl(), c.detail())).toList()))
                    .orElse(new OfferLink(key.productId(), key.retailer(), offer.url(), "unchecked", false,
                            offer.showAnyway(), null, 0, null, null, null, null, null, List.of()));
            counts.merge(link.status(), 1, Integer::sum);
            if (onlyStatus == null || onlyStatus.equals(link.status())) {
                offers.add(link);
            }
        }
        offers.sort(Comparator.comparing((OfferLink o) -> ORDER.indexOf(o.status()))
                .thenComparing(OfferLink::productId).thenComparing(OfferLink::retailer));
        counts.values().removeIf(count -> count == 0);
        Instant last = links.lastRoundFinished();
        return new LinksReport(last, counts, offers);
    }

    private static String negotiate(Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen == null) {
            return "json";
        }
        String subtype = chosen.getMediaType().getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("html") ? "html" : subtype.equals("csv") ? "csv" : "json";
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    static List<String> statuses() {
        return Slugged.slugs(LinkStatus.class);
    }
}
