package no.tiltaksradar.propose.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.Origin;
import org.junit.jupiter.api.Test;

class CandidateMergerTest {

    private static CandidateMeasure candidate(String id, int start, int end, double confidence, String parent, String quote) {
        return new CandidateMeasure("a.pdf", null, id, MeasureKind.MEASURE, null, quote, 1, 1, null, start, end,
                "Tiltak", List.of(), null, List.of(), null, List.of(), List.of(), parent, confidence, "pattern/1",
                confidence >= 0.9 ? Origin.LIST_ITEM : Origin.PROSE);
    }

    @Test
    void overlappingCandidatesBecomeOneTheMoreConfidentAndLonger() {
        CandidateMeasure item = candidate("item", 10, 90, 0.9, null, "Etaten skal etablere en felles datakatalog innen 2025");
        CandidateMeasure sentence = candidate("sentence", 20, 60, 0.7, null, "etablere en felles datakatalog");
        CandidateMeasure later = candidate("later", 200, 260, 0.7, null, "Direktoratet skal utrede skytjenester for arkiv");
        assertThat(CandidateMerger.merge(List.of(sentence, later, item)))
                .extracting(CandidateMeasure::id).containsExactly("item", "later");
    }

    @Test
    void aSubItemStaysBesideTheBulletThatEnclosesIt() {
        CandidateMeasure bullet = candidate("bullet", 0, 100, 0.9, null, "Etaten vil modernisere arkivet");
        CandidateMeasure sub = candidate("sub", 40, 80, 0.9, "bullet", "digitalisere papirarkivet");
        assertThat(CandidateMerger.merge(List.of(bullet, sub))).extracting(CandidateMeasure::id).containsExactly("bullet", "sub");
    }

    @Test
    void aProseSentenceRestatingAListedMeasureGivesWayToTheListItem() {
        CandidateMeasure listed = candidate("listed", 500, 600, 0.9, null,
                "Utarbeide nasjonale kriterier for prioritering av fellesløsninger i forvaltningen");
        CandidateMeasure prose = candidate("prose", 100, 180, 0.7, null,
                "Direktoratet skal utarbeide kriteriene for prioritering av fellesløsninger");
        assertThat(CandidateMerger.merge(List.of(prose, listed))).extracting(CandidateMeasure::id).containsExactly("listed");
    }

    @Test
    void whatTheDocumentStatesInATableIsListedToo() {
        CandidateMeasure row = candidate("row", 500, 600, 0.9, null,
                "Utarbeide nasjonale kriterier for prioritering av fellesløsninger i forvaltningen").withOrigin(Origin.TABLE_ROW);
        CandidateMeasure prose = candidate("prose", 100, 180, 0.9, null,
                "Direktoratet skal utarbeide kriteriene for prioritering av fellesløsninger").withOrigin(Origin.PROSE);
        assertThat(CandidateMerger.merge(List.of(prose, row))).as("origin decides, not confidence").extracting(CandidateMeasure::id)
                .containsExactly("row");
    }
}
