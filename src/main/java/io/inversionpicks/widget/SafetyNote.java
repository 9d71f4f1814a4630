package io.inversionpicks.widget;

import java.util.List;

/** The short safety note every widget shows, ending with the "consult your doctor" line. */
public record SafetyNote(String title, List<String> guidance, String doctor) {

    /** Shown with plain product lists, which carry no safety block of their own. */
    static final SafetyNote DEFAULT = new SafetyNote("Invert safely", List.of(
            "Start at a gentle angle for a minute or two and build up slowly.",
            "Have someone nearby the first few times, and lock your ankles in before you tilt.",
            "Come up slowly and stop at once if you feel dizzy, pressure in your eyes or head, or pain.",
            "Keep within the product's weight and height limits."),
            "Consult your doctor before you start inverting, especially if you are pregnant or have high blood "
                    + "pressure, glaucoma or another eye condition, heart disease, a hernia, osteoporosis, a recent "
                    + "fracture or an inner-ear problem.");
}
