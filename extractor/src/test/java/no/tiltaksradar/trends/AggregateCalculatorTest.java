package no.tiltaksradar.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts of the three hand-made plans, counted by hand (see {@link TrendFixtures}). */
class AggregateCalculatorTest {
    private final Aggregates a = new AggregateCalculator().compute(TrendFixtures.data());

    @Test
    void countsOnlyVerifiedMeasuresNotGoals() {
        assertThat(a.measures()).isEqualTo(4); // a-1, a-2, b-1, b-2; b-3 needs review, c-1 is a goal
        assertThat(a.documents()).isEqualTo(3);
        assertThat(a.byKind().count("measure")).isEqualTo(4);
        assertThat(a.byKind().count("goal")).isEqualTo(1);
    }

    @Test
    void countsByDocumentIncludingTheOneWithout() {
        assertThat(a.byDocument().count("plan-a.pdf")).isEqualTo(2);
        assertThat(a.byDocument().count("plan-b.pdf")).isEqualTo(2);
        assertThat(a.byDocument().count("plan-c.pdf")).isZero();
        assertThat(a.documentsWithoutMeasures()).containsExactly("plan-c.pdf");
        assertThat(Aggregates.share(1, 3)).isEqualTo(33.3);
    }

    @Test
    void countsByYearMinistryFallingBackToPublisherAndAgency() {
        assertThat(a.byYear().buckets()).extracting(Tally.Bucket::key).containsExactly("2018", "2020");
        assertThat(a.byYear().count("2018")).isEqualTo(2);
        assertThat(a.byMinistry().count("Fiskeridepartementet")).isEqualTo(2);
        assertThat(a.byMinistry().count("Helse- og omsorgsdepartementet")).isEqualTo(1);
        assertThat(a.byMinistry().count("Helsedepartementet")).isEqualTo(1);
        assertThat(a.byAgency().count("Fiskeridirektoratet")).isEqualTo(2);
        assertThat(a.byAgency().count("Helsedirektoratet")).isEqualTo(2);
    }

    @Test
    void countsTechnologyPurposeCollaborationAndDeadlines() {
        assertThat(a.byTechnology().buckets().get(0)).isEqualTo(new Tally.Bucket("KI", List.of("b-1", "b-2")));
        
        assertThat(a.byPurpose().count("Bedre tjenester")).isEqualTo(1);
        assertThat(a.collaborative()).containsExactly("a-2", "b-2");
        assertThat(a.deadlinesByYear().buckets()).extracting(Tally.Bucket::key).containsExactly("2020", "2022");
        assertThat(a.byTechnology().count("Fellesløsninger")).isEqualTo(1);
    }

    @Test
    void theFigureBookRecomputesTheSameFiguresOnItsOwn() {
        FigureBook figures = new FigureBook(TrendFixtures.data(), ThemeCatalog.defaults());
        assertThat(figures.value("measures")).contains(4.0);
        assertThat(figures.value("share-documents-without-measures")).contains(33.3);
        assertThat(figures.value("share-collaborative")).contains(50.0);
        assertThat(figures.value("ministry:Fiskeridepartementet")).contains(2.0);
        assertThat(figures.value("technology:KI")).contains(2.0);
        assertThat(figures.value("deadline:2022")).contains(1.0);
        assertThat(figures.value("no-such-figure")).isEmpty();
    }
}
