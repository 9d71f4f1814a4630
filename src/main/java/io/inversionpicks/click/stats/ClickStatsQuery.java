package io.inversionpicks.click.stats;

import io.inversionpicks.click.store.Grouping;

import java.time.LocalDate;
import java.util.Optional;

/** A validated statistics request; {@code format} is empty when the Accept header decides. */
public record ClickStatsQuery(Grouping groupBy, LocalDate from, LocalDate to, boolean includeBots, int limit,
                              Optional<StatsFormat> format) {
}
