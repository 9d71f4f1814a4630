package io.inversionpicks.catalog.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fields an editor might add to a catalogue file but must not: star ratings, review counts, images and availability
 * belong to the retailer. Amazon lets a site show them only as its API returns them, cached for at most 24 hours,
 * images by URL only and never stored, so they can't live in files under git. The schemas allow no such field; this
 * says why, instead of a bare "unknown field".
 */
final class RetailerOnlyFields {

    private record Kind(List<String> stems, String what) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(List.of("rating", "stars", "star", "score"), "star ratings"),
            new Kind(List.of("review"), "review counts and reviews"),
            new Kind(List.of("image", "img", "photo", "picture", "thumbnail"), "product images"),
            new Kind(List.of("availability", "instock", "stock"), "availability"));

    private RetailerOnlyFields() {
    }

    /** Why {@code field} is refused, if it names retailer data. */
    static Optional<String> refusal(String field) {
        String name = field.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return KINDS.stream().filter(k -> k.stems().stream().anyMatch(name::contains)).findFirst()
                .map(k -> "the catalogue takes no " + k.what() + ": they are the retailer's data, which Amazon allows "
                        + "only as its API returns them (cached for at most 24 hours, images as links, never stored), "
                        + "so they can't be kept in files; remove '" + field + "'");
    }
}
