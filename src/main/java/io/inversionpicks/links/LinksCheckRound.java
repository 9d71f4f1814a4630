package io.inversionpicks.links;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code POST /admin/links/check} did.
 *
 * @param product  the product checked, or null for every offer
 * @param checked  how many offers were checked
 * @param byStatus every offer's status after the round
 */
public record LinksCheckRound(String product, Instant startedAt, Instant finishedAt, int checked,
                             Map<String, Integer> byStatus) {
}
