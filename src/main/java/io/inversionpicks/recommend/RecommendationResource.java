package io.inversionpicks.recommend;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.ReadModel;
import io.inversionpicks.common.Problem;
import io.inversionpicks.web.HttpCaching;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Explained, safety-screened picks and side-by-side comparison")
public class RecommendationResource {

    private final CatalogueService catalogue;
    private final RecommendationService recommendations;
    private final RecommendConfig limits;
    private final HttpCaching caching;

    public RecommendationResource(CatalogueService catalogue, RecommendationService recommendations,
                                  RecommendConfig limits, HttpCaching caching) {
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.limits = limits;
        this.caching = caching;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "recommend", summary = "Recommend equipment for one reader",
            description = "Ranks the products that fit the reader, each with its reasons and cautions, and lists the "
                    + "excluded ones with why. A reported contraindication means an advisory to see a doctor, with "
                    + "no product and no retailer link (still 200), and so does a condition the service does not know "
                    + "(it can't be assessed; it is named in advisory.unrecognised). A precaution (see GET "
                    + "/conditions) still gets products, each with a caution to ask a doctor first, and is listed "
                    + "with its sources in precautions. Conditions are "
                    + "matched however they are spelt (see the conditions parameter), and with one reported the "
                    + "answer is the advisory even if other parameters are wrong or unknown. The ranking is deterministic "
                    + "(ties by id); its weights live in the catalogue's ranking.yaml. A newcomer never gets "
                    + "experienced-only equipment as the first pick. The filters of GET /products on what a product "
                    + "is (beginner, category, lumbarSupport, foldable, brand, minPrice, q) narrow what is ranked: "
                    + "other products are neither ranked nor listed as excluded. Supports ETag/If-None-Match.")
    @APIResponse(responseCode = "200", description = "Picks, or an advisory",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Recommendations.class), examples = {
                    @ExampleObject(name = "picks", value = """
                            {"catalogVersion":"31adc8eec7d1",
                             "profile":{"experience":"new","goals":["back-pain-relief"],"maxPrice":null,"space":null,
                                        "heightCm":178.0,"weightKg":90.0,"has":[],"conditions":[],
                                        "unrecognisedConditions":[]},
                             "advisory":null,
                             "precautions":[],
                             "items":[{"rank":1,"score":90.4,"product":{"id":"stamina-inline-inversion-chair"},
                                       "reasons":["Made for back pain relief and spinal decompression",
                                                  "Lumbar support for lower-back relief","Suited to beginners",
                                                  "Fits your height (178 cm; supports 147-193 cm)",
                                                  "Supports your weight (90 kg; up to 113 kg)"],
                                       "cautions":[]}],
                             "excluded":[{"id":"sutekus-gravity-boots","name":"Gravity Boots by Sutekus",
                                          "category":"gravity-boots",
                                          "reasons":["Needs a sturdy pull-up bar, which you don't have"]}],
                             "safety":{"title":"Use inversion safely","guidance":[
                                 "Start at a slight angle (20-30 degrees) for 1-2 minutes.",
                                 "Have a spotter nearby, especially at first.",
                                 "If you feel dizzy or uncomfortable, stop and come up slowly.",
                                 "Keep sessions to 5-10 minutes at most."],
                                 "doctor":"See a doctor before starting inversion if you have any health condition.",
                                 "evidence":"Any relief from inversion is temporary, and it is not a cure: a Cochrane review of traction for low-back pain (Wegner 2013) found it may make little or no difference to pain or function, and NICE guideline NG59 does not recommend traction.",
                                 "evidenceSources":[{"title":"Low back pain and sciatica in over 16s: assessment and management (NG59)","publisher":"National Institute for Health and Care Excellence (NICE)","year":2016,"url":"https://www.nice.org.uk/guidance/ng59"}]},
                             "disclosure":{"text":"Inversion Picks earns a commission when you buy through these links, at no extra cost to you.",
                                           "statements":["As an Amazon Associate I earn from qualifying purchases."]}}"""),
                    @ExampleObject(name = "advisory", value = """
                            {"catalogVersion":"31adc8eec7d1",
                             "profile":{"experience":null,"goals":[],"maxPrice":null,"space":null,"heightCm":null,
                                        "weightKg":null,"has":[],"conditions":["glaucoma"],"unrecognisedConditions":[]},
                             "advisory":{"conditions":["glaucoma"],"unrecognised":[],
                                         "title":"Inversion is not recommended for you",
                                         "message":"Inversion is not recommended with glaucoma (being upside down raises the pressure inside the eyes). Please talk to your doctor before trying any inversion equipment.",
                                         "details":[{"slug":"glaucoma","label":"glaucoma","why":"being upside down raises the pressure inside the eyes",
                                                     "kind":"contraindication","group":"eyes","rationale":"...",
                                                     "sources":[{"title":"Friberg TR, Weinreb RN. Ocular manifestations of gravity inversion","publisher":"JAMA 253(12):1755-1757","year":1985,"url":"https://doi.org/10.1001/jama.1985.03350360081023"}]}]},
                             "precautions":[],
                             "items":[],"excluded":[],"excludedCount":0,
                             "safety":{"title":"Use inversion safely","guidance":["..."],"doctor":"..."},
                             "disclosure":{"text":"...","statements":[]}}"""),
                    @ExampleObject(name = "picks with a precaution", value = """
                            {"catalogVersion":"31adc8eec7d1",
                             "profile":{"experience":null,"goals":[],"maxPrice":null,"space":null,"heightCm":null,
                                        "weightKg":null,"has":[],"conditions":["pregnancy"],"unrecognisedConditions":[]},
                             "advisory":null,
                             "precautions":[{"slug":"pregnancy","label":"pregnancy","why":"loosened ligaments and pressure on the abdomen make inverting riskier",
                                             "kind":"precaution","group":"other","rationale":"...",
                                             "sources":[{"title":"Spinal traction: contraindications and precautions (PTA 104 course material)","publisher":"Lane Community College, Physical Therapist Assistant programme","year":null,"url":"https://media.lanecc.edu/users/howardc/PTA104L/104LTraction/104LTraction2.html"}]}],
                             "items":[{"rank":1,"score":71.0,"product":{"id":"innova-itx9600"},"reasons":[],
                                       "cautions":["Ask your doctor first, as you told us about pregnancy: loosened ligaments and pressure on the abdomen make inverting riskier"]}],
                             "excluded":[],"excludedCount":0,
                             "safety":{"title":"Use inversion safely","guidance":["..."],"doctor":"..."},
                             "disclosure":{"text":"...","statements":["..."]}}"""),
                    @ExampleObject(name = "advisory for an unknown condition", value = """
                            {"catalogVersion":"31adc8eec7d1",
                             "profile":{"experience":null,"goals":[],"maxPrice":null,"space":null,"heightCm":null,
                                        "weightKg":null,"has":[],"conditions":[],"unrecognisedConditions":["asthma"]},
                             "advisory":{"conditions":[],"unrecognised":["asthma"],
                                         "title":"Please talk to your doctor first",
                                         "message":"We can't assess whether inversion is safe with \\"asthma\\". Please talk to your doctor before trying any inversion equipment.",
                                         "details":[]},
                             "precautions":[],
                             "items":[],"excluded":[],"excludedCount":0,
                             "safety":{"title":"Use inversion safely","guidance":["..."],"doctor":"..."},
                             "disclosure":{"text":"...","statements":[]}}""")}))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "An invalid or unknown parameter; lists the valid values. Never "
            + "when a contraindication or an unknown condition is reported: that is always answered with the "
            + "advisory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "unknown goal", value = """
                                    {"type":"https://inversionpicks.io/problems/invalid-parameter",
                                     "title":"Invalid query parameter","status":400,
                                     "detail":"goals: 'flexibilty' is not a valid value; allowed: back-pain-relief, flexibility, posture, relaxation, core-strength; did you mean 'flexibility'?",
                                     "instance":"/recommendations",
                                     "errors":[{"parameter":"goals","message":"'flexibilty' is not a valid value; allowed: back-pain-relief, flexibility, posture, relaxation, core-strength; did you mean 'flexibility'?",
                                                "allowed":["back-pain-relief","flexibility","posture","relaxation","core-strength"],
                                                "didYouMean":"flexibility"}]}"""),
                            @ExampleObject(name = "absurd height", value = """
                                    {"type":"https://inversionpicks.io/problems/invalid-parameter",
                                     "title":"Invalid query parameter","status":400,
                                     "detail":"heightCm: must be between 100.0 and 230.0, not 500",
                                     "instance":"/recommendations",
                                     "errors":[{"parameter":"heightCm","message":"must be between 100.0 and 230.0, not 500"}]}""")}))
    public Response recommend(@BeanParam RecommendationParams params, @Context HttpHeaders headers,
                              @Context HttpServerRequest request) {
        ReadModel model = catalogue.current();
        return caching.json(model, request.uri(), headers,
                () -> recommendations.recommend(model, params.toQuery(model.categoryIds(), limits)));
    }
}
