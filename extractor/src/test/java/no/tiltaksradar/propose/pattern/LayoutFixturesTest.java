package no.tiltaksradar.propose.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.evaluate.DocumentScore;
import no.tiltaksradar.evaluate.GoldSetScorer;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.LayoutFixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pattern proposer on one small PDF per layout kind, scored against its gold: every item found, nothing else. */
class LayoutFixturesTest {
    @TempDir
    Path dir;

    static List<LayoutFixtures.Fixture> fixtures() {
        return LayoutFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsEveryMeasureAndGoalOfTheLayoutAndNothingElse(LayoutFixtures.Fixture fixture) throws Exception {
        List<CandidateMeasure> found = propose(fixture);
        DocumentScore score = new GoldSetScorer().score(fixture.gold(), found).documents().get(0);
        assertThat(found).as("%s found %s", fixture, found.stream().map(c -> c.kind() + ": " + c.quote()).toList())
                .allSatisfy(c -> assertThat(c.quote()).isNotBlank());
        assertThat(score.recall()).as(fixture + " recall " + found.stream().map(CandidateMeasure::quote).toList()).isEqualTo(1.0);
        assertThat(score.precision()).as(fixture + " precision " + found.stream().map(CandidateMeasure::quote).toList()).isEqualTo(1.0);
        assertThat(score.goalRecall()).as(fixture + " goal recall").isEqualTo(1.0);
        assertThat(score.pageAccuracy()).as(fixture + " pages").isEqualTo(1.0);
    }

    @org.junit.jupiter.api.Test
    void columnsOfAMeasureTableFillTheFieldsTheirHeadersName() throws Exception {
        List<CandidateMeasure> found = propose(LayoutFixtures.tables());
        assertThat(found).hasSize(3);
        assertThat(found.get(0).fields().ministry()).isEqualTo("Kommunal- og distriktsdepartementet");
        assertThat(found.get(0).fields().responsible()).containsExactly("Direktoratet for byggkvalitet");
        assertThat(found.get(0).fields().deadline()).isEqualTo("2027");
        assertThat(found.get(1).fields().deadline()).isEqualTo("2026-07-01");
        assertThat(found.get(2).fields().responsible()).as("a dash says nobody is named").isEmpty();
        assertThat(found.get(2).fields().deadline()).as("'løpende' is no date").isNull();
    }

    @org.junit.jupiter.api.Test
    void fieldLinesUnderANumberedItemFillItsFieldsAndStayOutOfItsQuote() throws Exception {
        CandidateMeasure second = propose(LayoutFixtures.numbered()).get(1);
        assertThat(second.quote()).isEqualTo("Opprette en felles tjeneste for innsyn i egne helsedata.");
        assertThat(second.fields().responsible()).containsExactly("Norsk helsenett");
        assertThat(second.fields().deadline()).isEqualTo("2027-12-31");
    }

    private List<CandidateMeasure> propose(LayoutFixtures.Fixture fixture) throws Exception {
        SourceDocument document = new PdfBoxIngester().ingest(fixture.pdf().save(dir, fixture.fileName()));
        return new PatternMeasureProposer().propose(document, List.of()).candidates();
    }
}
