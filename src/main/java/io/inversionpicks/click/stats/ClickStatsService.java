package io.inversionpicks.click.stats;

import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.model.Slugged;
import io.inversionpicks.click.store.Channel;
import io.inversionpicks.click.store.ClickStore;
import io.inversionpicks.click.store.ClickStore.Count;
import io.inversionpicks.click.store.Grouping;
import io.inversionpicks.common.ParamReader;
import io.inversionpicks.common.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Validates statistics requests and counts clicks for the JSON, CSV and HTML views. Days are UTC days. */
@ApplicationScoped
public class ClickStatsService {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 3660;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    static final int TOP_PRODUCTS = 10;

    private final ClickStore store;
    private final CatalogueService catalogue;
    private final SiteConfig site;
    private final Clock clock;

    public ClickStatsService(ClickStore store, CatalogueService catalogue, SiteConfig site, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.site = site;
        this.clock = clock;
    }

    /** Reads the parameters strictly; every mistake is reported in one 400 problem. */
    public ClickStatsQuery parse(ClickStatsParams p) {
        ParamReader in = new ParamReader();
        String groupBy = in.choice("groupBy", p.groupBy, Grouping.params());
        String format = in.choice("format", p.format, StatsFormat.params());
        Boolean includeBots = in.bool("includeBots", p.includeBots);
        int limit = in.integer("limit", p.limit, 1, MAX_LIMIT, DEFAULT_LIMIT);
        LocalDate to = date(in, "to", p.to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate from = date(in, "from", p.from, to.minusDays(DEFAULT_DAYS - 1L));
        if (!in.hasErrors()) {
            in.require(!from.isAfter(to), "from", "must not be after to (" + to + ")");
            in.require(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "from",
                    "the range may span at most " + MAX_DAYS + " days");
        }
        in.throwIfInvalid();
        return new ClickStatsQuery(groupBy == null ? Grouping.DAY : Grouping.fromParam(groupBy), from, to,
                Boolean.TRUE.equals(includeBots), limit, Optional.ofNullable(format).map(StatsFormat::fromParam));
    }

    public ClickStats stats(ClickStatsQuery q) {
        List<Count> rows = q.groupBy() == Grouping.DAY ? days(q)
                : store.count(q.groupBy(), q.from(), q.to(), q.includeBots(), q.limit());
        return new ClickStats(q.groupBy().param(), q.from(), q.to(), q.includeBots(),
                store.total(q.from(), q.to(), q.includeBots()), rows, channels(q), ClickStats.CHANNEL_NOTE);
    }

    /** Every channel, in a fixed order, with zeros: a missing ping row would read as "not counted". */
    private List<Count> channels(ClickStatsQuery q) {
        Map<String, Long> counted = store.count(Grouping.CHANNEL, q.from(), q.to(), q.includeBots(),
                Channel.values().length).stream().collect(Collectors.toMap(Count::key, Count::clicks));
        return Slugged.slugs(Channel.class).stream().map(c -> new Count(c, counted.getOrDefault(c, 0L))).toList();
    }

    /** The editors' page: clicks per day as a chart, and the top products. */
    public ClicksDashboard dashboard(ClickStatsQuery q) {
        List<Count> days = days(q);
        long total = days.stream().mapToLong(Count::clicks).sum();
        Map<String, String> names = catalogue.current().activeProducts().stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.name()));
        List<ClicksDashboard.ProductRow> top = store.count(Grouping.PRODUCT, q.from(), q.to(), q.includeBots(),
                TOP_PRODUCTS).stream().map(c -> new ClicksDashboard.ProductRow(c.key(),
                names.getOrDefault(c.key(), c.key()), c.clicks(), ClicksDashboard.percent(c.clicks(), total)))
                .toList();
        List<ClicksDashboard.ChannelRow> channels = channels(q).stream().map(c -> new ClicksDashboard.ChannelRow(
                c.key(), c.clicks(), ClicksDashboard.percent(c.clicks(), total))).toList();
        return new ClicksDashboard(site.name(), q.from(), q.to(), q.includeBots(), total, DayChart.of(days), top,
                channels, ClickStats.CHANNEL_NOTE, Grouping.params());
    }

    /** Every day of the range, with zero for days without clicks, so gaps show. */
    private List<Count> days(ClickStatsQuery q) {
        Map<String, Long> counted = store.count(Grouping.DAY, q.from(), q.to(), q.includeBots(), MAX_DAYS).stream()
                .collect(Collectors.toMap(Count::key, Count::clicks));
        List<Count> days = new ArrayList<>();
        for (LocalDate day = q.from(); !day.isAfter(q.to()); day = day.plusDays(1)) {
            days.add(new Count(day.toString(), counted.getOrDefault(day.toString(), 0L)));
        }
        return days;
    }

    private static LocalDate date(ParamReader in, String name, String raw, LocalDate otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        return parseDate(raw.trim()).orElseGet(() -> {
            in.require(false, name, "must be a date like 2026-11-01, not '" + raw + "'");
            return otherwise;
        });
    }

    private static Optional<LocalDate> parseDate(String raw) {
        try {
            return Optional.of(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
