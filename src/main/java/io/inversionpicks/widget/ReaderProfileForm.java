package io.inversionpicks.widget;

import io.inversionpicks.recommend.Condition;
import io.inversionpicks.recommend.ReportedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The optional reader-profile form of the iframe page. It is a plain GET form back to the same page, so it works
 * without JavaScript: the blogger's options travel along as hidden fields, the reader's answers are filled in again.
 * A reported condition the form does not list stays as a ticked box of its own, so that sending the form again can't
 * drop it without the reader unticking it; the "other condition" box is ticked again when it was sent.
 */
public record ReaderProfileForm(List<Field> carried, String experience, String heightCm, String weightKg,
                                Set<String> conditions, List<String> otherConditions, boolean reportsOther,
                                ProfileChoices choices) {

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
        ReportedConditions reported = ReportedConditions.read(params.conditions);
        return new ReaderProfileForm(carried, params.experience, params.heightCm, params.weightKg,
                reported.recognised().stream().map(Condition::slug).collect(Collectors.toCollection(TreeSet::new)),
                reported.unrecognised().stream().filter(u -> !u.equals(ProfileChoices.OTHER_CONDITION)).toList(),
                reported.unrecognised().contains(ProfileChoices.OTHER_CONDITION), ProfileChoices.STANDARD);
    }

    private static List<String> values(Object raw) {
        if (raw instanceof List<?> list) {
            return list.stream().map(String::valueOf).filter(v -> !v.isBlank()).toList();
        }
        return raw == null || raw.toString().isBlank() ? List.of() : List.of(raw.toString());
    }

    /** @param condition a choice's slug; checked however the reader spelt it */
    public boolean reports(String condition) {
        return conditions.contains(condition);
    }

    /** The form starts open once the reader has answered, so the answers stay in view. */
    public boolean answered() {
        return experience != null || heightCm != null || weightKg != null || !conditions.isEmpty()
                || !otherConditions.isEmpty() || reportsOther;
    }
}
