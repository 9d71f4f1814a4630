package io.inversionpicks.click;

import java.util.Locale;

/** Why a redirect was sent without counting a click: none of these is a reader clicking a link. */
public enum SkipReason {
    HEAD, PREFETCH, PREVIEW;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
