package io.inversionpicks.click;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Judges user agents against the {@link CrawlerList}. Matching ~1,500 patterns costs far more than a redirect, and
 * real traffic repeats the same few hundred user agents, so each verdict is cached.
 */
@ApplicationScoped
public class AgentClassifier {

    /** Longer headers are cut before matching and caching, so a giant header cannot be used to exhaust memory. */
    static final int MAX_USER_AGENT = 512;

    private final CrawlerList list;
    private final Cache<String, AgentClass> verdicts;

    public AgentClassifier(ObjectMapper mapper, ClickConfig config) {
        this.list = CrawlerList.load(mapper);
        this.verdicts = Caffeine.newBuilder().maximumSize(config.agentCacheSize()).build();
    }

    public AgentClass classify(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return AgentClass.BOT;
        }
        String key = userAgent.length() > MAX_USER_AGENT ? userAgent.substring(0, MAX_USER_AGENT) : userAgent;
        return verdicts.get(key, list::classify);
    }
}
