package no.tiltaksradar.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.index.LuceneChunkIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The template narrative passes every check; each kind of false sentence is caught with its reason. */
class ClaimCheckerTest {
    private final TrendData data = TrendFixtures.data();
    private final ClaimChecker checker = new ClaimChecker(data, new FigureBook(data, ThemeCatalog.defaults()), SupportJudge.NONE);
    private final LuceneChunkIndex index = TrendFixtures.index();

    ClaimCheckerTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void everySentenceOfTheTemplateNarrativeIsKept() throws Exception {
        TrendReport report = TrendReporter.offline(new IndexPassageSearch(index)).report(data);
        assertThat(report.checked()).allSatisfy(c -> assertThat(c.reasons()).as(c.claim().text()).isEmpty());
        assertThat(report.summary().kept()).isEqualTo(report.summary().checked()).isGreaterThan(10);
        assertThat(report.checked()).extracting(c -> c.claim().text())
                .contains("1 av 3 dokumenter (33,3 %) har ingen eksplisitte tiltak: «plan-c.pdf».",
                        "2 tiltak gjelder teknologien «KI».", "2 av 4 tiltak (50 %) nevner to eller flere aktører.");
    }

    @Test
    void aSentenceCitingAMeasureThatDoesNotExistIsMarked() {
        CheckedClaim c = checker.check(Claim.narrative("2 tiltak gjelder teknologien «KI».", List.of("b-1", "x-9"), List.of(),
                List.of("technology:KI"), null));
        assertThat(c.kept()).isFalse();
        assertThat(c.reasons()).contains("cites measure x-9, which does not exist");
    }

    @Test
    void aSentenceCitingAnUnverifiedQuoteIsMarked() {
        TrendMeasure unverified = new TrendMeasure("u-1", "plan-b.pdf", TrendFixtures.B, "measure", "n", "Et sitat som ikke ble funnet.",
                1, "1", null, List.of(), List.of(), null, List.of(), List.of(), false, true, null);
        TrendData withIt = new TrendData(TrendFixtures.documents(), List.of(unverified));
        CheckedClaim c = new ClaimChecker(withIt, new FigureBook(withIt, List.of()), SupportJudge.NONE)
                .check(Claim.narrative("Et sitat.", List.of("u-1"), List.of(), List.of(), List.of()));
        assertThat(c.reasons()).contains("cites measure u-1, whose quote was not verified");
    }

    @Test
    void aWrongNumberIsMarkedWithTheComputedFigure() {
        CheckedClaim c = checker.check(Claim.narrative("3 tiltak gjelder teknologien «KI».", List.of("b-1", "b-2"), List.of(),
                List.of("technology:KI"), List.of("KI")));
        assertThat(c.reasons()).containsExactly("states 3, but the computed figures are technology:KI = 2");
        CheckedClaim unnamed = checker.check(Claim.narrative("Helsedirektoratet har 7 tiltak.", List.of("b-1"), List.of(), List.of(), null));
        assertThat(unnamed.reasons()).contains("states 7, but the sentence names no computed figure");
    }

    @Test
    void aQuoteThatDoesNotHoldTheSentencesKeyTermsIsMarked() {
        CheckedClaim c = checker.check(Claim.narrative("Kystverket skal utvikle droner for oljevern.", List.of("b-1"), List.of(),
                List.of(), null));
        assertThat(c.kept()).isFalse();
        assertThat(c.reasons().get(0)).startsWith("the cited text does not hold its key terms [kystverket, utvikle, droner, oljevern]");
    }

    @Test
    void aPassageOfADocumentOutsideTheChosenSetIsMarked() {
        Passage outside = new Passage(TrendFixtures.OUTSIDE, "annen-plan.pdf", 1, "1", "Kunstig intelligens i skolen.", 1);
        CheckedClaim c = checker.check(Claim.answer("Kunstig intelligens i skolen.", List.of(outside)));
        assertThat(c.reasons()).contains("cites a passage of annen-plan.pdf, a document outside the chosen set");
    }

    @Test
    void aPassageNotStandingOnTheCitedPageIsMarked() {
        Passage wrongPage = new Passage(TrendFixtures.B, "plan-b.pdf", 1, "1", TrendFixtures.B1, 1);
        assertThat(checker.check(Claim.answer(TrendFixtures.B1, List.of(wrongPage))).reasons())
                .contains("cites a quote that does not stand on page 1 of plan-b.pdf");
        Passage right = new Passage(TrendFixtures.B, "plan-b.pdf", 2, "2", TrendFixtures.B1, 1);
        assertThat(checker.check(Claim.answer(TrendFixtures.B1, List.of(right))).kept()).isTrue();
    }

    @Test
    void anAnswerMayStateOnlyNumbersItsPassagesState() {
        Passage right = new Passage(TrendFixtures.B, "plan-b.pdf", 2, "2", TrendFixtures.B1, 1);
        assertThat(checker.check(Claim.answer("Helsedirektoratet skal ta i bruk kunstig intelligens innen 2022.", List.of(right))).kept()).isTrue();
        assertThat(checker.check(Claim.answer("Helsedirektoratet skal bruke kunstig intelligens i 40 sykehus.", List.of(right))).reasons())
                .contains("states 40, which no cited text states");
    }

    @Test
    void aSentenceWithoutCitationIsMarkedAndAJudgesNoIsHeard() {
        assertThat(checker.check(Claim.answer("Alt går bra.", List.of())).reasons()).contains("cites nothing");
        ClaimChecker judged = new ClaimChecker(data, new FigureBook(data, List.of()),
                (sentence, evidence) -> new SupportJudge.Reading(false, "the quote is about X-rays, not triage", "llm/test"));
        Passage right = new Passage(TrendFixtures.B, "plan-b.pdf", 2, "2", TrendFixtures.B1, 1);
        assertThat(judged.check(Claim.answer(TrendFixtures.B1, List.of(right))).reasons())
                .containsExactly("llm/test judges it unsupported: the quote is about X-rays, not triage");
    }
}
