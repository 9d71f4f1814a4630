package io.inversionpicks.catalog.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each enum's slugs, worked out once per type: every request parses several slugged parameters, and copying and
 * scanning the constants each time showed up in the profile of {@code /recommendations}.
 *
 * @param byOrdinal each constant's slug, at its ordinal
 */
record SlugTable(Map<String, Object> bySlug, List<String> slugs, List<String> byOrdinal) {

    private static final ClassValue<SlugTable> TABLES = new ClassValue<>() {
        @Override
        protected SlugTable computeValue(Class<?> type) {
            Map<String, Object> bySlug = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                bySlug.put(slug(((Enum<?>) constant).name()), constant);
            }
            List<String> slugs = List.copyOf(bySlug.keySet());
            return new SlugTable(Map.copyOf(bySlug), slugs, slugs);
        }
    };

    static SlugTable of(Class<?> type) {
        return TABLES.get(type);
    }

    static String slugOf(Enum<?> constant) {
        return of(constant.getDeclaringClass()).byOrdinal().get(constant.ordinal());
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
