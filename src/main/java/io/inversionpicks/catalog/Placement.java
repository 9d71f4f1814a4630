package io.inversionpicks.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where on a blog a tracked link was shown, so editors can see which placements earn. Carried as
 * {@code ?placement=<slug>} on {@code /go/...} links; a value outside this list is recorded as {@link #UNKNOWN}
 * rather than refused, because refusing would cost the reader their click.
 */
public enum Placement {
    /** A link taken from the JSON API (products, search). */
    API,
    /** The embeddable widget. */
    WIDGET,
    /** A comparison table. */
    COMPARE,
    /** A recommendation answer. */
    RECOMMENDATIONS,
    /** No placement given, or one this service does not know. */
    UNKNOWN;

    private static final List<String> SLUGS = Arrays.stream(values()).map(Placement::slug).toList();

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> slugs() {
        return SLUGS;
    }

    /** Never fails: anything unrecognised (or absent) is {@link #UNKNOWN}. */
    public static Placement fromSlug(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        String slug = raw.trim().toLowerCase(Locale.ROOT);
        for (Placement placement : values()) {
            if (placement.slug().equals(slug)) {
                return placement;
            }
        }
        return UNKNOWN;
    }
}
