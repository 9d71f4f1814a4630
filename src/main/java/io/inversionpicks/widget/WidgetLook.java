package io.inversionpicks.widget;

import io.inversionpicks.common.ParamReader;

import java.util.List;

/** The presentation options shared by every widget kind: colour scheme and whether the profile form is shown. */
public record WidgetLook(String theme, boolean showForm) {

    static final List<String> THEMES = List.of("auto", "light", "dark");

    static WidgetLook read(ParamReader in, String theme, String form) {
        String chosen = in.choice("theme", theme, THEMES);
        Boolean showForm = in.bool("form", form);
        return new WidgetLook(chosen == null ? "auto" : chosen, Boolean.TRUE.equals(showForm));
    }
}
