package no.tiltaksradar.propose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.Origin;
import org.junit.jupiter.api.Test;

/** One test per rule of the shared merger, in wording of our own. */
class CandidateMergerTest {

    private static CandidateMeasure candidate(String id, int start, int end, double confidence, String parent, String quote) {
        return CandidateMeasure.builder("a.pdf", MeasureKind.MEASURE, quote).id(id)
                .location(new CandidateMeasure.Location(1, 1, null, start, end, "Tiltak")).parent(parent)
                .proposer(confidence, "pattern/1", confidence >= 0.9 ? Origin.LIST_ITEM : Origin.PROSE).build();
    }

    /** A candidate whose quote was not found in the text: no offsets. */
    private static CandidateMeasure unlocated(String id, double confidence, String quote) {
        return candidate(id, -1, -1, confidence, null, quote).withOrigin(Origin.UNKNOWN);
    }

    private static List<String> ids(List<CandidateMeasure> merged) {
        return merged.stream().map(CandidateMeasure::id).toList();
    }

    @Test
    void overlappingSpansBecomeOneTheMoreConfidentAndLonger() {
        CandidateMeasure item = candidate("item", 10, 90, 0.9, null, "Etaten skal etablere en felles datakatalog innen 2025");
        CandidateMeasure sentence = candidate("sentence", 20, 60, 0.7, null, "etablere en felles datakatalog");
        CandidateMeasure later = candidate("later", 200, 260, 0.7, null, "Direktoratet skal utrede skytjenester for arkiv");
        assertThat(ids(CandidateMerger.merge(List.of(sentence, later, item)))).containsExactly("item", "later");
    }

    @Test
    void betweenEquallyConfidentReadingsTheLongerStays() {
        CandidateMeasure shorter = candidate("shorter", 20, 60, 0.8, null, "lage en veileder for innkjøp");
        CandidateMeasure longer = candidate("longer", 10, 90, 0.8, null, "Fylket skal lage en veileder for innkjøp av tjenester");
        assertThat(ids(CandidateMerger.merge(List.of(shorter, longer)))).containsExactly("longer");
    }

    @Test
    void aVerifiedQuoteBeatsALongerUnverifiedOne() {
        CandidateMeasure found = candidate("found", 300, 340, 0.6, null, "kommunane skal kartleggje bygg");
        CandidateMeasure paraphrase = unlocated("paraphrase", 0.9,
                "Kommunane skal kartleggje alle offentlege bygg og vegar i heile fylket");
        assertThat(ids(CandidateMerger.merge(List.of(paraphrase, found)))).containsExactly("found");
    }

    @Test
    void anExactDuplicateOnThePageIsOneCandidateWhateverItsOffsets() {
        CandidateMeasure first = candidate("first", 100, 140, 0.8, null, "Etaten skal   revidere\nplanen årlig");
        CandidateMeasure again = candidate("again", 900, 940, 0.8, null, "etaten skal revidere planen årlig");
        assertThat(ids(CandidateMerger.merge(List.of(first, again)))).containsExactly("first");
    }

    @Test
    void theSameWordsOnAnotherPageAreASecondStatement() {
        CandidateMeasure first = candidate("first", 100, 140, 0.8, null, "Etaten skal revidere planen årlig");
        CandidateMeasure repeated = candidate("repeated", 5000, 5040, 0.8, null, "Etaten skal revidere planen årlig")
                .withLocation(7, 7, null, 5000, 5040);
        assertThat(ids(CandidateMerger.merge(List.of(first, repeated)))).containsExactly("first", "repeated");
    }

    @Test
    void anUnlocatedQuoteSharingMostWordsIsTheSameStatement() {
        CandidateMeasure found = candidate("found", 50, 120, 0.8, null, "Regjeringa vil opprette eit nasjonalt register for støy");
        CandidateMeasure loose = unlocated("loose", 0.1, "opprette eit nasjonalt register for støy");
        CandidateMeasure other = unlocated("other", 0.1, "styrkje tilsynet med drikkevatn");
        assertThat(ids(CandidateMerger.merge(List.of(loose, found, other)))).containsExactly("found", "other");
    }

    @Test
    void twoFoundQuotesAtDifferentPlacesStayTwoHoweverAlike() {
        CandidateMeasure first = candidate("first", 50, 120, 0.8, null, "Regjeringa vil opprette eit nasjonalt register for støy");
        CandidateMeasure second = candidate("second", 700, 760, 0.8, null, "opprette eit nasjonalt register for støy");
        assertThat(ids(CandidateMerger.merge(List.of(first, second)))).containsExactly("first", "second");
    }

    @Test
    void aSubItemStaysBesideTheBulletThatEnclosesIt() {
        CandidateMeasure bullet = candidate("bullet", 0, 100, 0.9, null, "Etaten vil modernisere arkivet");
        CandidateMeasure sub = candidate("sub", 40, 80, 0.9, "bullet", "digitalisere papirarkivet");
        assertThat(ids(CandidateMerger.merge(List.of(bullet, sub)))).containsExactly("bullet", "sub");
    }

    @Test
    void aSubItemNamedByItsParentsQuoteStaysToo() {
        MergeCandidate bullet = MergeCandidate.of(candidate("bullet", 0, 100, 0.8, null, "Etaten vil modernisere arkivet"));
        MergeCandidate sub = new MergeCandidate(candidate("sub", 40, 80, 0.8, null, "digitalisere papirarkivet"),
                "Etaten vil modernisere arkivet");
        assertThat(CandidateMerger.mergeAll(List.of(bullet, sub))).extracting(m -> m.candidate().id())
                .containsExactly("bullet", "sub");
    }

    @Test
    void theStayingReadingKeepsTheOthersActorsDeadlineAndParentQuote() {
        CandidateMeasure found = candidate("found", 10, 90, 0.8, null, "Fylket skal lage en veileder for innkjøp");
        CandidateMeasure loose = CandidateMeasure.builder("a.pdf", MeasureKind.MEASURE, "lage en veileder for innkjøp").id("loose")
                .location(new CandidateMeasure.Location(1, 1, null, -1, -1, "Tiltak")).responsible(List.of("Fylket")).deadline("2027")
                .proposer(0.95, "llm/x/v1", Origin.UNKNOWN).build();
        List<MergeCandidate> merged = CandidateMerger.mergeAll(List.of(MergeCandidate.of(found),
                new MergeCandidate(loose, "Anskaffelser i fylket")));
        assertThat(merged).hasSize(1);
        CandidateMeasure kept = merged.get(0).candidate();
        assertThat(kept.id()).isEqualTo("found");
        assertThat(kept.fields().responsible()).containsExactly("Fylket");
        assertThat(kept.fields().deadline()).isEqualTo("2027");
        assertThat(kept.provenance().confidence()).isEqualTo(0.95);
        assertThat(merged.get(0).parentQuote()).isEqualTo("Anskaffelser i fylket");
    }

    @Test
    void aProseSentenceRestatingAListedMeasureGivesWayToTheListItem() {
        CandidateMeasure listed = candidate("listed", 500, 600, 0.9, null,
                "Utarbeide nasjonale kriterier for prioritering av fellesløsninger i forvaltningen");
        CandidateMeasure prose = candidate("prose", 100, 180, 0.7, null,
                "Direktoratet skal utarbeide kriteriene for prioritering av fellesløsninger");
        assertThat(ids(CandidateMerger.merge(List.of(prose, listed)))).containsExactly("listed");
    }

    @Test
    void aProseSentenceWithTheSameOpeningAndSomeOfTheObjectGivesWayToo() {
        CandidateMeasure listed = candidate("listed", 500, 600, 0.9, null, "Etaten bør lede arbeidet med felles begreper");
        CandidateMeasure prose = candidate("prose", 100, 180, 0.7, null, "Etaten bør lede et arbeid for felles begreper i sektoren");
        CandidateMeasure unrelated = candidate("unrelated", 200, 260, 0.7, null, "Fylket bør bygge flere ladepunkter langs vegene");
        assertThat(ids(CandidateMerger.merge(List.of(prose, listed, unrelated)))).containsExactly("unrelated", "listed");
    }

    @Test
    void whatTheDocumentStatesInATableIsListedToo() {
        CandidateMeasure row = candidate("row", 500, 600, 0.9, null,
                "Utarbeide nasjonale kriterier for prioritering av fellesløsninger i forvaltningen").withOrigin(Origin.TABLE_ROW);
        CandidateMeasure prose = candidate("prose", 100, 180, 0.9, null,
                "Direktoratet skal utarbeide kriteriene for prioritering av fellesløsninger").withOrigin(Origin.PROSE);
        assertThat(ids(CandidateMerger.merge(List.of(prose, row)))).as("origin decides, not confidence").containsExactly("row");
    }

    @Test
    void aCandidateOfUnknownOriginIsNotSecondGuessedAsARestatement() {
        CandidateMeasure listed = candidate("listed", 500, 600, 0.9, null,
                "Utarbeide nasjonale kriterier for prioritering av fellesløsninger i forvaltningen");
        CandidateMeasure llm = candidate("llm", 100, 180, 0.8, null,
                "Direktoratet skal utarbeide kriteriene for prioritering av fellesløsninger").withOrigin(Origin.UNKNOWN);
        assertThat(ids(CandidateMerger.merge(List.of(llm, listed)))).containsExactly("llm", "listed");
    }

    @Test
    void unlocatedCandidatesComeLastInTheOrderTheyCame() {
        CandidateMeasure late = candidate("late", 800, 840, 0.8, null, "Fylket skal planlegge nye sykkelveger");
        CandidateMeasure early = candidate("early", 10, 40, 0.8, null, "Etaten skal måle luftkvaliteten");
        CandidateMeasure lost = unlocated("lost", 0.1, "styrkje tilsynet med drikkevatn");
        assertThat(ids(CandidateMerger.merge(List.of(lost, late, early)))).containsExactly("early", "late", "lost");
    }
}
