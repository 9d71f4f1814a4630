package io.inversionpicks.click.stats;

import io.inversionpicks.click.store.ClickStore.Count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart of clicks per day, laid out here so the page can draw it as inline SVG: no script, nothing
 * fetched from elsewhere, and it prints. Coordinates are in the SVG's own units ({@link #viewBox}).
 */
public record DayChart(String viewBox, List<Bar> bars, List<Label> labels, String baselineY, String plotLeft,
                       String plotRight) {

    /** One day; {@code title} becomes the bar's tooltip. */
    public record Bar(String x, String y, String width, String height, String title) {
    }

    public record Label(String x, String y, String anchor, String text) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    public DayChart {
        bars = List.copyOf(bars);
        labels = List.copyOf(labels);
    }

    static DayChart of(List<Count> days) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        long max = Math.max(1, days.stream().mapToLong(Count::clicks).max().orElse(0));
        double slot = plotWidth / Math.max(1, days.size());
        double barWidth = Math.max(0.5, slot * 0.8);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Count day = days.get(i);
            double height = plotHeight * day.clicks() / max;
            bars.add(new Bar(num(LEFT + i * slot + (slot - barWidth) / 2), num(TOP + plotHeight - height),
                    num(barWidth), num(height), day.key() + ": " + day.clicks() + (day.clicks() == 1 ? " click" : " clicks")));
        }
        List<Label> labels = new ArrayList<>();
        labels.add(new Label(num(LEFT - 6), num(TOP + 4), "end", Long.toString(max)));
        labels.add(new Label(num(LEFT - 6), num(TOP + plotHeight), "end", "0"));
        if (!days.isEmpty()) {
            labels.add(new Label(num(LEFT), num(HEIGHT - 8), "start", days.get(0).key()));
            labels.add(new Label(num(WIDTH - RIGHT), num(HEIGHT - 8), "end", days.get(days.size() - 1).key()));
        }
        return new DayChart("0 0 " + WIDTH + " " + HEIGHT, bars, labels, num(TOP + plotHeight), num(LEFT),
                num(WIDTH - RIGHT));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
