package io.inversionpicks.catalog.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each enum's slugs, worked out once per type: every request parses several slugged parameters, and copying and
 * scanning the constants each time showed up in the profile of {@code /recommendations}.
 */
record SlugTable(Map<String, Object> bySlug, List<String> slugs) {

    private static final ClassValue<SlugTable> TABLES = new ClassValue<>() {
        @Override
        protected SlugTable computeValue(Class<?> type) {
            Map<String, Object> bySlug = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                bySlug.putIfAbsent(((Slugged) constant).slug(), constant);
            }
            return new SlugTable(Map.copyOf(bySlug), List.copyOf(bySlug.keySet()));
        }
    };

    static SlugTable of(Class<?> type) {
        return TABLES.get(type);
    }
}
