package io.inversionpicks.catalog.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * An enum whose values are written as kebab-case slugs in files, query strings and JSON: the constant's name in
 * lower case with hyphens ({@code PRICE_ASC} is {@code price-asc}), so an enum only lists its constants.
 */
public interface Slugged {

    @JsonValue
    default String slug() {
        return SlugTable.slugOf((Enum<?>) this);
    }

    static <E extends Enum<E> & Slugged> Optional<E> fromSlug(Class<E> type, String slug) {
        return Optional.ofNullable(type.cast(SlugTable.of(type).bySlug().get(slug)));
    }

    static <E extends Enum<E> & Slugged> List<String> slugs(Class<E> type) {
        return SlugTable.of(type).slugs();
    }
}
