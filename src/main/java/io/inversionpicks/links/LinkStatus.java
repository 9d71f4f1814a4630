package io.inversionpicks.links;

import io.inversionpicks.catalog.model.Slugged;

/** An offer's link health as editors see it; {@link #BROKEN} and {@link #REDIRECTED_AWAY} (twice) hide it. */
public enum LinkStatus implements Slugged {
    OK,
    /** One 404 or 410: not hidden yet; a second in a row makes it {@link #BROKEN}. */
    FAILING,
    BROKEN,
    REDIRECTED_AWAY,
    OUT_OF_STOCK,
    BLOCKED,
    UNREACHABLE,
    UNKNOWN;

    static LinkStatus of(Verdict verdict, int failures) {
        return switch (verdict) {
            case OK -> OK;
            case NOT_FOUND -> failures >= 2 ? BROKEN : FAILING;
            case REDIRECTED_AWAY -> REDIRECTED_AWAY;
            case OUT_OF_STOCK -> OUT_OF_STOCK;
            case BLOCKED -> BLOCKED;
            case UNREACHABLE -> UNREACHABLE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
