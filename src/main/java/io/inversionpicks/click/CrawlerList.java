package io.inversionpicks.click;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The maintained crawler list (monperrus/crawler-user-agents, vendored under
 * {@code src/main/resources/crawler-user-agents/}; its README says how to refresh it). Entries tagged
 * {@code social-preview} are link-preview fetchers; every other entry is some other robot.
 */
public final class CrawlerList {

    public static final String RESOURCE = "crawler-user-agents/crawler-user-agents.json";
    static final String PREVIEW_TAG = "social-preview";

    /** One entry of the list; the fields this service does not use are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String pattern, List<String> tags, List<String> instances) {

        public Entry {
            tags = tags == null ? List.of() : List.copyOf(tags);
            instances = instances == null ? List.of() : List.copyOf(instances);
        }

        boolean preview() {
            return tags.contains(PREVIEW_TAG);
        }
    }

    private static final String REGEX_SYNTAX = ".[](){}*+?|^$";

    private final List<Entry> entries;
    private final List<Predicate<String>> previews;
    private final List<Predicate<String>> bots;

    CrawlerList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.previews = entries.stream().filter(Entry::preview).map(e -> matcher(e.pattern())).toList();
        this.bots = entries.stream().filter(e -> !e.preview()).map(e -> matcher(e.pattern())).toList();
    }

    /**
     * Case-sensitive, as the list's patterns are written. Nearly all of them are plain words ({@code Googlebot\/});
     * those are matched with {@link String#contains}, ten times faster than a regular expression, which matters
     * because a reader's user agent has to be compared with every entry.
     */
    static Predicate<String> matcher(String pattern) {
        return literal(pattern).<Predicate<String>>map(text -> ua -> ua.contains(text))
                .orElseGet(() -> Pattern.compile(pattern).asPredicate());
    }

    /** The text a pattern matches when it has no regular-expression syntax beyond escaped punctuation. */
    static Optional<String> literal(String pattern) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 == pattern.length() || Character.isLetterOrDigit(pattern.charAt(i + 1))) {
                    return Optional.empty();
                }
                text.append(pattern.charAt(++i));
            } else if (REGEX_SYNTAX.indexOf(c) >= 0) {
                return Optional.empty();
            } else {
                text.append(c);
            }
        }
        return Optional.of(text.toString());
    }

    public static CrawlerList load(ObjectMapper mapper) {
        try (InputStream in = CrawlerList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new CrawlerList(mapper.readValue(in, new TypeReference<List<Entry>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A missing user agent is treated as a bot: browsers always send one. */
    public AgentClass classify(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return AgentClass.BOT;
        }
        if (matchesAny(previews, userAgent)) {
            return AgentClass.PREVIEW;
        }
        return matchesAny(bots, userAgent) ? AgentClass.BOT : AgentClass.HUMAN;
    }

    private static boolean matchesAny(List<Predicate<String>> matchers, String userAgent) {
        for (Predicate<String> matcher : matchers) {
            if (matcher.test(userAgent)) {
                return true;
            }
        }
        return false;
    }
}
