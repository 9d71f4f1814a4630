package io.inversionpicks.recommend;

import com.fasterxml.jackson.annotation.JsonValue;
import io.inversionpicks.catalog.model.Slugged;

import java.util.List;

/**
 * Health conditions a reader can report, every one of them a contraindication for inversion. The list lives in code,
 * not in the catalogue: a typo or a deleted line in a YAML file must never let someone with glaucoma be shown
 * gravity boots. Adding a condition here is a code change with a review and a test.
 * <p>
 * A reader may also name a condition by its label or by another word for the same thing ("hypertension"); see
 * {@link ReportedConditions} for how spellings are matched. Other words are listed only when they mean exactly the
 * condition, never a guess: a condition nobody listed still gets the advice to see a doctor.
 */
public enum Condition implements Slugged {
    HIGH_BLOOD_PRESSURE("high blood pressure",
            "being upside down raises blood pressure further", "hypertension"),
    GLAUCOMA("glaucoma", "being upside down raises the pressure inside the eyes"),
    EYE_CONDITION("an eye condition such as a detached retina",
            "being upside down raises the pressure inside the eyes", "detached retina"),
    HEART_DISEASE("heart disease", "being upside down changes heart rate and blood pressure",
            "heart condition"),
    HERNIA("a hernia", "being upside down pushes the abdominal organs against the weak spot"),
    OSTEOPOROSIS("osteoporosis", "the pull on ankles, hips and spine can fracture weakened bones"),
    RECENT_FRACTURE("a recent fracture", "the strain on bones and joints can disturb healing"),
    INNER_EAR("an inner-ear problem", "being upside down can set off severe dizziness and falls");

    private final String label;
    private final String why;
    private final List<String> otherNames;

    Condition(String label, String why, String... otherNames) {
        this.label = label;
        this.why = why;
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
