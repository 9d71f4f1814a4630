package io.inversionpicks.catalog.model;

import java.util.List;
import java.util.Optional;

/** An enum whose values are written as kebab-case slugs in files, query strings and JSON. */
public interface Slugged {

    String slug();

    static <E extends Enum<E> & Slugged> Optional<E> fromSlug(Class<E> type, String slug) {
        return Optional.ofNullable(type.cast(SlugTable.of(type).bySlug().get(slug)));
    }

    static <E extends Enum<E> & Slugged> List<String> slugs(Class<E> type) {
        return SlugTable.of(type).slugs();
    }
}
