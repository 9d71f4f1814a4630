package io.inversionpicks.recommend;

import io.inversionpicks.catalog.view.HealthSource;
import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

import java.util.List;

import static io.inversionpicks.recommend.ConditionGroup.BONES_JOINTS_AND_SPINE;
import static io.inversionpicks.recommend.ConditionGroup.EYES;
import static io.inversionpicks.recommend.ConditionGroup.HEART_AND_CIRCULATION;
import static io.inversionpicks.recommend.ConditionGroup.OTHER;
import static io.inversionpicks.recommend.ConditionKind.CONTRAINDICATION;
import static io.inversionpicks.recommend.ConditionKind.PRECAUTION;
import static io.inversionpicks.catalog.view.HealthSources.FRIBERG_WEINREB_1985;
import static io.inversionpicks.catalog.view.HealthSources.KLATZ_1983;
import static io.inversionpicks.catalog.view.HealthSources.LANE_TRACTION;
import static io.inversionpicks.catalog.view.HealthSources.TEETER_CONTRAINDICATIONS;

/**
 * Health conditions a reader can report, each one decided from its sources as either a {@link ConditionKind#CONTRAINDICATION}
 * (no product at all, only the advice to see a doctor) or a {@link ConditionKind#PRECAUTION} (products with a caution
 * to ask a doctor first on every one). The list lives in code, not in the catalogue: a typo or a deleted line in a
 * YAML file must never let someone with glaucoma be shown gravity boots. Adding or re-deciding a condition is a code
 * change with a review, a test and a line in {@code src/docs/health-sources.md}.
 * <p>
 * Where the sources disagree or speak loosely ("ask your physician"), the stricter kind wins unless a source names it
 * a precaution. The new conditions follow the eight the service started with, so their slugs and order stay as they
 * were.
 * <p>
 * A reader may also name a condition by its label or by another word for the same thing ("hypertension"); see
 * {@link ReportedConditions} for how spellings are matched. Other words are listed only when they mean exactly the
 * condition (or a form of it), never a guess: a condition nobody listed still gets the advice to see a doctor.
 * Labels and other names hold no comma or semicolon, which separate the conditions of one parameter.
 */
public enum Condition implements Slugged {
    HIGH_BLOOD_PRESSURE(HEART_AND_CIRCULATION, CONTRAINDICATION, "high blood pressure",
            "being upside down raises blood pressure further",
            "Blood pressure rose significantly in healthy people after three minutes inverted (Klatz); Teeter lists "
                    + "hypertension and Klatz uncontrolled hypertension. A reader can't tell us whether theirs is "
                    + "controlled, so no product.",
            List.of(KLATZ_1983, TEETER_CONTRAINDICATIONS), "hypertension"),
    GLAUCOMA(EYES, CONTRAINDICATION, "glaucoma", "being upside down raises the pressure inside the eyes",
            "Pressure inside the eye more than doubled inverted, into the glaucomatous range; Friberg and Weinreb "
                    + "advise people with glaucoma to refrain from inversion altogether.",
            List.of(FRIBERG_WEINREB_1985, TEETER_CONTRAINDICATIONS)),
    EYE_CONDITION(EYES, CONTRAINDICATION, "an eye condition such as a detached retina",
            "being upside down raises the pressure inside the eyes",
            "Teeter lists retinal detachment; Friberg and Weinreb advise anyone with a disorder like glaucoma or "
                    + "retinal disease to refrain from inversion altogether.",
            List.of(FRIBERG_WEINREB_1985, TEETER_CONTRAINDICATIONS), "detached retina", "retinal detachment"),
    HEART_DISEASE(HEART_AND_CIRCULATION, CONTRAINDICATION, "heart disease",
            "being upside down changes heart rate and blood pressure",
            "Teeter lists heart and circulatory disorders; Klatz names uncompensated heart failure; traction teaching "
                    + "material names cardiac insufficiency a concern for inversion traction. Which heart "
                    + "conditions are safe is a doctor's call, so no product.",
            List.of(TEETER_CONTRAINDICATIONS, KLATZ_1983, LANE_TRACTION), "heart condition", "heart failure",
            "congestive heart failure"),
    HERNIA(OTHER, CONTRAINDICATION, "a hernia", "being upside down pushes the abdominal organs against the weak spot",
            "Teeter lists hiatal and ventral hernia and Klatz hiatal hernia as contraindications.",
            List.of(TEETER_CONTRAINDICATIONS, KLATZ_1983), "hiatal hernia", "hiatus hernia", "ventral hernia"),
    OSTEOPOROSIS(BONES_JOINTS_AND_SPINE, CONTRAINDICATION, "osteoporosis",
            "the pull on ankles, hips and spine can fracture weakened bones",
            "Teeter lists bone weakness and osteoporosis; traction teaching material lists osteoporosis as a "
                    + "contraindication to traction.",
            List.of(TEETER_CONTRAINDICATIONS, LANE_TRACTION), "bone weakness", "brittle bones"),
    RECENT_FRACTURE(BONES_JOINTS_AND_SPINE, CONTRAINDICATION, "a recent fracture",
            "the strain on bones and joints can disturb healing",
            "Teeter lists recent fractures: the body's weight pulling while inverted may make them worse.",
            List.of(TEETER_CONTRAINDICATIONS), "broken bone"),
    INNER_EAR(OTHER, CONTRAINDICATION, "an inner-ear problem", "being upside down can set off severe dizziness and falls",
            "Teeter lists ear infections for the disorientation they bring upside down; dizziness while strapped in "
                    + "or hanging risks a fall. Kept a contraindication, as the service has always had it.",
            List.of(TEETER_CONTRAINDICATIONS)),
    OCULAR_HYPERTENSION(EYES, CONTRAINDICATION, "ocular hypertension (raised pressure in the eyes)",
            "inverting more than doubles the pressure inside the eyes",
            "Friberg and Weinreb name ocular hypertension among the conditions with which not to invert at all.",
            List.of(FRIBERG_WEINREB_1985), "raised eye pressure", "high eye pressure"),
    MACULAR_DEGENERATION(EYES, CONTRAINDICATION, "macular degeneration",
            "inverting raises the pressure in the eyes and narrows the retina's blood vessels",
            "Friberg and Weinreb name macular degeneration among the conditions with which not to invert at all.",
            List.of(FRIBERG_WEINREB_1985), "age-related macular degeneration"),
    RETINAL_VASCULAR_DISEASE(EYES, CONTRAINDICATION,
            "a disease of the retina's blood vessels (such as diabetic retinopathy)",
            "inverting raises the pressure in the retina's artery and narrows its vessels",
            "Friberg and Weinreb saw retinal artery pressure rise and its vessels narrow, and name retinal vascular "
                    + "abnormalities among the conditions with which not to invert at all.",
            List.of(FRIBERG_WEINREB_1985), "retinal vascular disease", "diabetic retinopathy",
            "retinal vein occlusion"),
    CONJUNCTIVITIS(EYES, CONTRAINDICATION, "conjunctivitis (pink eye)",
            "inverting congests the eye's surface and can burst small vessels in it",
            "Teeter lists conjunctivitis; inverted, even healthy eyes showed congestion, redness and bleeding under "
                    + "the conjunctiva (Friberg and Weinreb). It passes, so the advice is to wait until it has "
                    + "cleared and ask a doctor.",
            List.of(TEETER_CONTRAINDICATIONS, FRIBERG_WEINREB_1985), "pink eye"),
    RECENT_STROKE(HEART_AND_CIRCULATION, CONTRAINDICATION, "a recent stroke or mini-stroke (TIA)",
            "being upside down raises the pressure in the blood vessels of the head",
            "Teeter lists stroke and transient ischaemic attack; inversion raises blood pressure and the pressure in "
                    + "the head's arteries (Klatz).",
            List.of(TEETER_CONTRAINDICATIONS, KLATZ_1983), "stroke", "mini stroke", "tia",
            "transient ischaemic attack", "transient ischemic attack"),
    CAROTID_STENOSIS(HEART_AND_CIRCULATION, CONTRAINDICATION, "a narrowed neck artery (carotid stenosis)",
            "inverting changes the pressure in the arteries to the brain",
            "Klatz names carotid artery stenosis among the contraindications to gravity inversion.",
            List.of(KLATZ_1983), "carotid artery stenosis", "carotid stenosis"),
    SPINAL_INJURY(BONES_JOINTS_AND_SPINE, CONTRAINDICATION, "a spinal injury",
            "stretching an injured spine can make the injury worse",
            "Teeter lists spinal injury; traction teaching material rules traction out wherever the spine must not "
                    + "move (an unstable fracture, after spinal surgery).",
            List.of(TEETER_CONTRAINDICATIONS, LANE_TRACTION), "spine injury"),
    SPINAL_INFECTION(BONES_JOINTS_AND_SPINE, CONTRAINDICATION, "an infection in the spine",
            "traction on an infected spine can spread the damage",
            "Traction teaching material lists spinal infection as a contraindication to traction.",
            List.of(LANE_TRACTION), "spinal infection", "discitis"),
    SPINAL_TUMOUR(BONES_JOINTS_AND_SPINE, CONTRAINDICATION, "a tumour in or near the spine",
            "traction can fracture bone a tumour has weakened",
            "Traction teaching material lists spinal cancers and tumours as contraindications to traction.",
            List.of(LANE_TRACTION), "spinal tumor", "spinal cancer"),
    INFLAMMATORY_ARTHRITIS(BONES_JOINTS_AND_SPINE, CONTRAINDICATION,
            "inflammatory arthritis (such as rheumatoid arthritis)",
            "inflamed joints and ligaments can be damaged by the stretch",
            "Traction teaching material lists rheumatoid arthritis and other acute inflammatory joint disorders as "
                    + "contraindications to traction.",
            List.of(LANE_TRACTION), "rheumatoid arthritis", "ankylosing spondylitis"),
    SPINAL_CORD_COMPRESSION(BONES_JOINTS_AND_SPINE, CONTRAINDICATION, "pressure on the spinal cord",
            "stretching the spine can press harder on the cord and its nerves",
            "Traction teaching material lists central spinal cord pressure (a tumour, a central disc herniation) as "
                    + "a contraindication to traction.",
            List.of(LANE_TRACTION), "spinal cord compression", "cord compression", "central cord compression",
            "cauda equina syndrome"),
    MIDDLE_EAR_INFECTION(OTHER, CONTRAINDICATION, "a middle-ear infection",
            "being upside down can bring pain and disorientation",
            "Teeter lists middle-ear infection for the discomfort and disorientation it brings inverted. It passes, "
                    + "so the advice is to wait until it has cleared and ask a doctor.",
            List.of(TEETER_CONTRAINDICATIONS), "ear infection", "otitis media"),
    ANTICOAGULANTS(HEART_AND_CIRCULATION, PRECAUTION,
            "taking blood thinners (anticoagulants or high-dose aspirin)",
            "inverting can burst small blood vessels in the eyes and face, and blood thinners make bleeding worse",
            "Teeter lists anticoagulants, including aspirin, as a sign of circulatory risk for a physician to judge, "
                    + "not as a disease; the bleeding seen in healthy inverted eyes (Friberg and Weinreb) is small. "
                    + "Products are shown, with the advice to ask the doctor who prescribed them.",
            List.of(TEETER_CONTRAINDICATIONS, FRIBERG_WEINREB_1985), "blood thinners", "anticoagulants",
            "anticoagulant", "high-dose aspirin"),
    ORTHOPAEDIC_IMPLANT(BONES_JOINTS_AND_SPINE, PRECAUTION,
            "a surgically implanted bone or joint support (such as pins or a joint replacement)",
            "inverting pulls on the bones and joints that hold the implant",
            "Teeter lists surgically implanted orthopaedic supports with a physician's approval; a healed implant "
                    + "may be fine, which only the surgeon can say. Products are shown with that advice.",
            List.of(TEETER_CONTRAINDICATIONS), "orthopaedic implant", "orthopedic implant", "skeletal implant",
            "joint replacement"),
    PREGNANCY(OTHER, PRECAUTION, "pregnancy",
            "loosened ligaments and pressure on the abdomen make inverting riskier",
            "Traction teaching material lists pregnancy as a precaution (ligament laxity, abdominal compression), "
                    + "and Teeter asks for a physician's approval. Products are shown, with the advice to ask a "
                    + "doctor or midwife first.",
            List.of(LANE_TRACTION, TEETER_CONTRAINDICATIONS), "pregnant"),
    HYPERMOBILITY(BONES_JOINTS_AND_SPINE, PRECAUTION, "hypermobile joints",
            "the stretch can over-extend joints that already move too far",
            "Traction teaching material lists joint hypermobility as a precaution, not a contraindication.",
            List.of(LANE_TRACTION), "joint hypermobility", "hypermobility"),
    EXTREME_OBESITY(OTHER, PRECAUTION, "severe obesity",
            "it can hide circulatory and eye problems that inverting makes worse, and equipment has weight limits",
            "Teeter lists extreme obesity because it can hide circulatory and eye problems. Products over the "
                    + "reader's weight are excluded as always; the rest are shown with the advice to ask a doctor.",
            List.of(TEETER_CONTRAINDICATIONS), "extreme obesity", "morbid obesity");

    private final ConditionGroup group;
    private final ConditionKind kind;
    private final String label;
    private final String why;
    private final String rationale;
    private final List<HealthSource> sources;
    private final List<String> otherNames;

    Condition(ConditionGroup group, ConditionKind kind, String label, String why, String rationale,
              List<HealthSource> sources, String... otherNames) {
        this.group = group;
        this.kind = kind;
        this.label = label;
        this.why = why;
        this.rationale = rationale;
        this.sources = List.copyOf(sources);
        this.otherNames = List.of(otherNames);
    }

    /** As it reads in a sentence: "not recommended with {label}". */
    public String label() {
        return label;
    }

    /** Why inversion is risky with it, in plain words. */
    public String why() {
        return why;
    }

    /** Whether it rules every product out or only asks for a doctor's word first. */
    public ConditionKind kind() {
        return kind;
    }

    public boolean rulesOut() {
        return kind == CONTRAINDICATION;
    }

    /** Where the profile form lists it. */
    public ConditionGroup group() {
        return group;
    }

    /** Why it is the kind it is, from its sources: one or two sentences for reviewers and curious readers. */
    public String rationale() {
        return rationale;
    }

    /** Where the advice comes from; never empty. */
    public List<HealthSource> sources() {
        return sources;
    }

    /** Other words for exactly this condition, accepted as if the slug had been given. */
    public List<String> otherNames() {
        return otherNames;
    }

    /** Declared here as well because SmallRye OpenAPI lists an enum by the {@code @JsonValue} of the enum itself. */
    @JsonValue
    @Override
    public String slug() {
        return Slugged.super.slug();
    }
}
