package no.tiltaksradar.trends.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.tiltaksradar.trends.Theme;
import no.tiltaksradar.trends.ThemeAnalysis;
import no.tiltaksradar.trends.ThemeShift;
import org.junit.jupiter.api.Test;

class LineChartTest {
    private static ThemeShift shift(String id, double z) {
        return new ThemeShift(new Theme(id, "tema " + id, List.of(id)), 1, 1000, 2, 1000, 1, 2, 0.1, z, List.of());
    }

    private final ThemeAnalysis themes = new ThemeAnalysis(List.of(2017, 2019), List.of(2025),
            Map.of("sky", Map.of(2017, 2.0, 2019, 4.0, 2025, 8.0), "ki", Map.of(2025, 3.0), "arkiv", Map.of(2017, 1.0)),
            Map.of(2017, 5000, 2019, 4000, 2025, 6000), List.of(shift("sky", 4.0), shift("ki", 2.0), shift("arkiv", -0.5)), 1000);

    @Test
    void yearsStandApartByTheTimeBetweenThem() {
        LineChart chart = LineChart.of(themes, 5);
        assertThat(chart.years()).containsExactly(2017, 2019, 2025);
        // 2019 is a quarter of the way from 2017 to 2025
        int width = chart.yearX().get(2) - chart.yearX().get(0);
        assertThat(chart.yearX().get(1) - chart.yearX().get(0)).isEqualTo(width / 4);
    }

    @Test
    void theStrongestShiftsAreDrawnAndTheHighestRateTouchesTheTop() {
        LineChart chart = LineChart.of(themes, 2);
        assertThat(chart.series()).extracting(LineChart.Series::label).containsExactly("tema sky", "tema ki");
        assertThat(chart.max()).isEqualTo(8.0);
        assertThat(chart.series().get(0).dots().get(2)[1]).isEqualTo(LineChart.TOP);
        // a year without hits lies on the baseline
        assertThat(chart.series().get(1).dots().get(0)[1]).isEqualTo(chart.baseline());
    }

    @Test
    void oneYearIsNoLine() {
        ThemeAnalysis single = new ThemeAnalysis(List.of(), List.of(), Map.of("sky", Map.of(2020, 1.0)), Map.of(2020, 100),
                List.of(shift("sky", 0)), 1000);
        assertThat(LineChart.of(single, 5).isEmpty()).isTrue();
    }
}
