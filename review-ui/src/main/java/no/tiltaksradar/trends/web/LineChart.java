package no.tiltaksradar.trends.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import no.tiltaksradar.trends.ThemeAnalysis;
import no.tiltaksradar.trends.ThemeShift;

/**
 * Themes over the document years as a server-drawn SVG line chart: one line per theme, hits per thousand words per year.
 * Coordinates are computed here so the template writes plain SVG attributes (no script, no inline style under the CSP).
 *
 * @param years the x axis, ascending
 * @param yearX each year's x coordinate, in the order of {@code years}
 * @param max the rate at the top of the chart
 */
record LineChart(List<Integer> years, List<Integer> yearX, double max, List<Series> series) {
    static final int WIDTH = 560;
    static final int HEIGHT = 220;
    static final int LEFT = 40;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 28;
    /** Distinct in hue and lightness for readers who tell colours apart poorly; each line also carries its label. */
    private static final List<String> COLOURS = List.of("#1d4ed8", "#b45309", "#047857", "#be185d", "#6d28d9", "#0f766e");

    /** One theme's line: its points as an SVG polyline and where its label goes. */
    record Series(String label, String colour, String points, List<int[]> dots) {
    }

    static LineChart of(ThemeAnalysis themes, int limit) {
        if (themes == null || themes.ratesByYear().isEmpty()) {
            return new LineChart(List.of(), List.of(), 0, List.of());
        }
        List<Integer> years = new ArrayList<>(new TreeSet<>(themes.wordsByYear().keySet()));
        List<ThemeShift> chosen = themes.shifts().stream()
                .sorted((a, b) -> Double.compare(Math.abs(b.z()), Math.abs(a.z()))).limit(limit).toList();
        double max = chosen.stream().flatMap(s -> themes.ratesByYear().getOrDefault(s.theme().id(), Map.of()).values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(1);
        max = Math.max(1, Math.ceil(max));
        List<Integer> xs = years.stream().map(y -> x(years, y)).toList();
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            ThemeShift shift = chosen.get(i);
            Map<Integer, Double> rates = themes.ratesByYear().getOrDefault(shift.theme().id(), Map.of());
            StringBuilder points = new StringBuilder();
            List<int[]> dots = new ArrayList<>();
            for (int year : years) {
                int[] dot = {x(years, year), y(rates.getOrDefault(year, 0.0), max)};
                dots.add(dot);
                points.append(String.format(Locale.ROOT, "%d,%d ", dot[0], dot[1]));
            }
            series.add(new Series(shift.theme().label(), COLOURS.get(i % COLOURS.size()), points.toString().strip(), dots));
        }
        return new LineChart(years, xs, max, series);
    }

    public boolean isEmpty() {
        return years.size() < 2 || series.isEmpty();
    }

    private static int x(List<Integer> years, int year) {
        int span = Math.max(1, years.get(years.size() - 1) - years.get(0));
        return LEFT + Math.round((float) (WIDTH - LEFT - RIGHT) * (year - years.get(0)) / span);
    }

    private static int y(double rate, double max) {
        return TOP + (int) Math.round((HEIGHT - TOP - BOTTOM) * (1 - rate / max));
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }
}
