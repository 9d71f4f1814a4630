package io.inversionpicks.links;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every offer of the live catalogue by link status, the worst first.
 *
 * @param lastRoundFinishedAt when the cluster last finished checking (null if never)
 * @param counts              offers per status
 */
public record LinksReport(Instant lastRoundFinishedAt, Map<String, Integer> counts, List<OfferLink> offers) {
}
