package no.tiltaksradar.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.tiltaksradar.index.LuceneChunkIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Theme counts, rates, the log-odds statistic and evidence passages over the hand-made plans, counted by hand. */
class ThemeAnalyzerTest {
    private final LuceneChunkIndex index = TrendFixtures.index();
    private final ThemeAnalysis analysis = new ThemeAnalyzer(ThemeCatalog.defaults(), new IndexPassageSearch(index))
            .analyze(TrendFixtures.data());

    ThemeAnalyzerTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void splitsTheYearsIntoAnEarlyAndALatePeriod() {
        assertThat(analysis.early()).containsExactly(2018, 2020);
        assertThat(analysis.late()).containsExactly(2024);
        assertThat(analysis.wordsByYear()).containsEntry(2018, 31).containsEntry(2020, 32).containsEntry(2024, 17);
    }

    @Test
    void countsThemeTermsAsWholeWordsPrefixesAndCapitals() {
        ThemeShift ki = analysis.shift("ki").orElseThrow();
        // 2020: "Kunstig intelligens", "kunstig intelligens", "maskinlæring"; 2024: "kunstig intelligens", "KI", "KI"
        assertThat(ki.hitsEarly()).isEqualTo(3);
        assertThat(ki.wordsEarly()).isEqualTo(63);
        assertThat(ki.hitsLate()).isEqualTo(3);
        assertThat(ki.ratePerThousandEarly()).isCloseTo(47.62, within(0.01));
        assertThat(ki.ratePerThousandLate()).isCloseTo(176.47, within(0.01));
        assertThat(analysis.shift("samarbeid").orElseThrow().hitsEarly()).isEqualTo(2); // "samarbeide", "samarbeid"; not "sammen"
        assertThat(analysis.shift("fellesløsninger").orElseThrow().hitsEarly()).isEqualTo(2);
        assertThat(new TermMatcher(List.of("KI")).count("kinesisk ki KI")).isEqualTo(1);
    }

    @Test
    void logOddsWithInformativePriorMatchesTheHandComputedValue() {
        // alpha = 1000 * 6 / 80 = 75; delta = ln(78 / 939) - ln(78 / 985) = 0.04783; sd = sqrt(2 / 78) = 0.16013
        ThemeShift ki = analysis.shift("ki").orElseThrow();
        assertThat(ki.logOdds()).isCloseTo(0.04783, within(0.0001));
        assertThat(ki.z()).isCloseTo(0.2987, within(0.001));
        assertThat(LogOdds.of(0, 1000, 50, 1000, 100).z()).isNegative();
        assertThat(analysis.shifts().get(0).z()).isGreaterThanOrEqualTo(analysis.shifts().get(analysis.shifts().size() - 1).z());
    }

    @Test
    void evidencePassagesNameTheThemeOnTheirPageAndComeFromEachDocumentAlone() {
        List<Passage> evidence = analysis.shift("ki").orElseThrow().evidence();
        assertThat(evidence).isNotEmpty().allSatisfy(p -> assertThat(new TermMatcher(List.of("kunstig intelligens", "KI", "maskinlæring*"))
                .count(p.text())).isPositive());
        assertThat(evidence).extracting(Passage::fileName).contains("plan-b.pdf", "plan-c.pdf").doesNotContain("plan-a.pdf");
        Passage first = evidence.stream().filter(p -> p.fileName().equals("plan-c.pdf")).findFirst().orElseThrow();
        assertThat(first.page()).isEqualTo(1);
        assertThat(TrendFixtures.C_P1).contains(first.text());
    }
}
