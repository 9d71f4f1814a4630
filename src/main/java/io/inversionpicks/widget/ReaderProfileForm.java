package io.inversionpicks.widget;

import io.inversionpicks.common.ParamReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The optional reader-profile form of the iframe page. It is a plain GET form back to the same page, so it works
 * without JavaScript: the blogger's options travel along as hidden fields, the reader's answers are filled in again.
 */
public record ReaderProfileForm(List<Field> carried, String experience, String heightCm, String weightKg,
                                Set<String> conditions, ProfileChoices choices) {

    /** A blogger's option, kept when the reader submits. */
    public record Field(String name, String value) {
    }

    /** The blogger's options; the reader's own answers (experience, height, weight, conditions) are not carried. */
    private static final Map<String, Function<WidgetPicksParams, Object>> CARRIED = Map.ofEntries(
            Map.entry("beginner", p -> p.beginner), Map.entry("category", p -> p.category),
            Map.entry("lumbarSupport", p -> p.lumbarSupport), Map.entry("foldable", p -> p.foldable),
            Map.entry("brand", p -> p.brand), Map.entry("minPrice", p -> p.minPrice),
            Map.entry("maxPrice", p -> p.maxPrice), Map.entry("q", p -> p.q), Map.entry("sort", p -> p.sort),
            Map.entry("limit", p -> p.limit), Map.entry("theme", p -> p.embedding.theme), Map.entry("goals", p -> p.goals),
            Map.entry("space", p -> p.space), Map.entry("has", p -> p.has));

    /**
     * @param post the blog post the page is on; carried too, as the form's own request names only the iframe page in
     *             its Referer
     */
    static ReaderProfileForm of(WidgetPicksParams params, Optional<String> post) {
        List<Field> carried = new ArrayList<>();
        new TreeSet<>(CARRIED.keySet()).forEach(name -> values(CARRIED.get(name).apply(params))
                .forEach(value -> carried.add(new Field(name, value))));
        post.ifPresent(url -> carried.add(new Field(EmbeddingPost.PARAMETER, url)));
        carried.add(new Field("form", "true"));
        return new ReaderProfileForm(carried, params.experience, params.heightCm, params.weightKg,
                new TreeSet<>(ParamReader.split(params.conditions)), ProfileChoices.STANDARD);
    }

    private static List<String> values(Object raw) {
        if (raw instanceof List<?> list) {
            return list.stream().map(String::valueOf).filter(v -> !v.isBlank()).toList();
        }
        return raw == null || raw.toString().isBlank() ? List.of() : List.of(raw.toString());
    }

    public boolean reports(String condition) {
        return conditions.contains(condition);
    }

    /** The form starts open once the reader has answered, so the answers stay in view. */
    public boolean answered() {
        return experience != null || heightCm != null || weightKg != null || !conditions.isEmpty();
    }
}
