package io.inversionpicks.catalog.view;

import java.util.List;

/**
 * The sources the service's health advice rests on, in one reviewable place. Each URL was checked against a stored
 * copy of the page it names; prefer a DOI or the publisher's page where one exists. Why each condition is a
 * contraindication or a precaution: {@code src/docs/health-sources.md}.
 */
public final class HealthSources {

    /**
     * Teeter's list of conditions with which not to invert without a physician's approval (from the Teeter Hang Ups
     * owner's material), as reproduced by a Teeter dealer: anticoagulants including aspirin, bone weakness, recent
     * fractures, skeletal implants, conjunctivitis, glaucoma, heart or circulatory disorders, hiatal or ventral hernia,
     * hypertension, middle-ear infection, extreme obesity, pregnancy, retinal detachment, spinal injury, stroke or TIA.
     */
    public static final HealthSource TEETER_CONTRAINDICATIONS = new HealthSource(
            "Teeter contraindications (from the Teeter Hang Ups owner's material)",
            "Teeter, reproduced by Contour Living", 2013,
            "https://www.contourliving.com/blog/teeter-contraindications/");

    /** Intraocular pressure more than doubled inverted; people with eye disease should not invert at all. */
    public static final HealthSource FRIBERG_WEINREB_1985 = new HealthSource(
            "Friberg TR, Weinreb RN. Ocular manifestations of gravity inversion",
            "JAMA 253(12):1755-1757", 1985, "https://doi.org/10.1001/jama.1985.03350360081023");

    /**
     * Blood pressure, intraocular and central retinal artery pressure rose significantly in 20 healthy students after
     * three minutes inverted; names uncompensated heart failure, uncontrolled hypertension, carotid stenosis and
     * hiatal hernia as contraindications. Linked as a stored copy: no DOI or PubMed page could be confirmed.
     */
    public static final HealthSource KLATZ_1983 = new HealthSource(
            "Klatz RM, Goldman RM, Pinchuk BG, Nelson KE, Tarr RS. The effects of gravity inversion procedures on "
                    + "systemic blood pressure, intraocular pressure, and central retinal arterial pressure",
            "Journal of the American Osteopathic Association (stored copy)", 1983,
            "https://www.scribd.com/document/602536251/The-effect-of-gravity-inversion-procedures-on-systemic-blood-"
                    + "pressure-intraocular-pressure-and-central-retinal-arterial-pressure");

    /**
     * Physical-therapist-assistant teaching material on spinal traction (of which inversion is a form):
     * contraindications spinal infection, inflammatory joint disorders, osteoporosis, spinal cancers and central
     * cord compression; precautions joint hypermobility, cardiac insufficiency (inversion traction) and pregnancy.
     */
    public static final HealthSource LANE_TRACTION = new HealthSource(
            "Spinal traction: contraindications and precautions (PTA 104 course material)",
            "Lane Community College, Physical Therapist Assistant programme", null,
            "https://media.lanecc.edu/users/howardc/PTA104L/104LTraction/104LTraction2.html");

    /** Traction may make little or no difference to pain or function in low-back pain, with or without sciatica. */
    public static final HealthSource COCHRANE_WEGNER_2013 = new HealthSource(
            "Wegner I, Widyahening IS, van Tulder MW, et al. Traction for low-back pain with or without sciatica",
            "Cochrane Database of Systematic Reviews, CD003010", 2013,
            "https://doi.org/10.1002/14651858.CD003010.pub5");

    /** NICE does not recommend traction for low back pain with or without sciatica. */
    public static final HealthSource NICE_NG59 = new HealthSource(
            "Low back pain and sciatica in over 16s: assessment and management (NG59)",
            "National Institute for Health and Care Excellence (NICE)", 2016,
            "https://www.nice.org.uk/guidance/ng59");

    /** A supplier's rigging guidance: a body in motion loads its anchor with 3 to 5 times its weight. */
    public static final HealthSource AERIAL_RIGGING = new HealthSource(
            "Aerial guidelines: structure and attachment ratings for aerial yoga and circus equipment",
            "Aerial Fabric (equipment supplier)", null, "https://aerialfabric.com/aerial-guidelines/");

    /** Everything cited, for the README, the docs and the tests. */
    public static final List<HealthSource> ALL = List.of(TEETER_CONTRAINDICATIONS, FRIBERG_WEINREB_1985, KLATZ_1983,
            LANE_TRACTION, COCHRANE_WEGNER_2013, NICE_NG59, AERIAL_RIGGING);

    private HealthSources() {
    }
}
