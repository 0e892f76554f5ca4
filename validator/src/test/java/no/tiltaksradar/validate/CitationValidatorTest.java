package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.SourceDocument;
import org.junit.jupiter.api.Test;

class CitationValidatorTest {
    private static final String MEASURE = "Miljødirektoratet skal etablere et felles register for naturdata innen 2025.";
    private final SourceDocument strategy = Documents.of("miljo.pdf",
            "Hovedmål\nMiljøetatene skal ha sikre og robuste IKT-\nsystem.",
            "Tiltak\n" + MEASURE.replace("register", "regis-\nter") + "\nDigitalisering kan bidra til bedre tjenester.",
            "Det er etablert en nasjonal datakatalog. Departementet vil utrede en ny\nløsning for deling av data.");
    private final SourceDocument other = Documents.of("ks.pdf", "KS vil utvikle en felles plattform for kommunene.");
    private final CitationValidator validator = CitationValidator.offline(List.of(strategy, other));

    @Test
    void verifiesVerbatimQuoteOnCitedPageAndPointsIntoDocumentText() {
        Verdict verdict = validator.validate(Candidates.measure("miljo.pdf", "Digitalisering kan bidra til bedre tjenester", 2)
                .withKind(MeasureKind.GOAL));
        assertThat(verdict.status()).isEqualTo(ValidationStatus.VERIFIED);
        assertThat(verdict.overall()).isEqualTo(OverallStatus.NEEDS_REVIEW);
        assertThat(verdict.kind().decision()).isEqualTo(JudgedKind.POTENTIAL);
        Verdict measure = validator.validate(Candidates.measure("miljo.pdf", "Departementet vil utrede en ny\nløsning", 3));
        assertThat(measure.status()).isEqualTo(ValidationStatus.VERIFIED);
        assertThat(measure.overall()).isEqualTo(OverallStatus.VERIFIED);
        assertThat(strategy.text().substring(measure.charStart(), measure.charEnd())).isEqualTo("Departementet vil utrede en ny\nløsning");
    }

    @Test
    void verifiesArtefactOnlyDifferenceAsFuzzy() {
        Verdict verdict = validator.validate(Candidates.measure("miljo.pdf", MEASURE, 2));
        assertThat(verdict.status()).isEqualTo(ValidationStatus.VERIFIED_FUZZY);
        assertThat(strategy.text().substring(verdict.charStart(), verdict.charEnd())).contains("regis-\nter");
    }

    @Test
    void correctsWrongPage() {
        Verdict verdict = validator.validate(Candidates.measure("miljo.pdf", "Departementet vil utrede en ny løsning", 1));
        assertThat(verdict.status()).isEqualTo(ValidationStatus.WRONG_PAGE);
        assertThat(verdict.page()).isEqualTo(3);
        assertThat(verdict.pageLabel()).isEqualTo("3");
    }

    @Test
    void reportsPageEndForQuoteOverPageBreak() {
        Verdict verdict = validator.validate(Candidates.measure("miljo.pdf",
                "bidra til bedre tjenester. Det er etablert", 2).withKind(MeasureKind.GOAL));
        assertThat(verdict.page()).isEqualTo(2);
        assertThat(verdict.pageEnd()).isEqualTo(3);
    }

    @Test
    void changedWordIsNotFoundButClosestSpanIsHinted() {
        Verdict verdict = validator.validate(Candidates.measure("miljo.pdf", "Departementet vil utrede en bedre løsning", 3));
        assertThat(verdict.status()).isEqualTo(ValidationStatus.NOT_FOUND);
        assertThat(verdict.score()).isBetween(0.5, 0.99);
        assertThat(verdict.page()).isEqualTo(3);
        assertThat(verdict.reasons()).anyMatch(r -> r.startsWith("closest span on page 3"));
    }

    @Test
    void checksQuoteOnlyAgainstTheNamedDocument() {
        Verdict verdict = validator.validate(Candidates.measure("miljo.pdf", "KS vil utvikle en felles plattform for kommunene.", 1));
        assertThat(verdict.status()).isEqualTo(ValidationStatus.NOT_FOUND);
    }

    @Test
    void rejectsUnknownDocument() {
        Verdict verdict = validator.validate(Candidates.measure("nowhere.pdf", "KS vil utvikle", 1));
        assertThat(verdict.status()).isEqualTo(ValidationStatus.NOT_FOUND);
        assertThat(verdict.reasons()).containsExactly("unknown document: nowhere.pdf");
    }

    @Test
    void rejectsShaMismatch() {
        CandidateMeasure candidate = withSha(Candidates.measure("ks.pdf", "KS vil utvikle en felles plattform", 1), "0".repeat(64));
        Verdict verdict = validator.validate(candidate);
        assertThat(verdict.status()).isEqualTo(ValidationStatus.NOT_FOUND);
        assertThat(verdict.reasons().get(0)).startsWith("document sha256 mismatch");
        assertThat(validator.validate(withSha(candidate, other.sha256())).status()).isEqualTo(ValidationStatus.VERIFIED);
    }

    @Test
    void measureClaimOnAGoalNeedsReviewButGoalClaimIsVerified() {
        String goal = "Miljøetatene skal ha sikre og robuste IKT-system.";
        Verdict asMeasure = validator.validate(Candidates.measure("miljo.pdf", goal, 1));
        assertThat(asMeasure.status()).isEqualTo(ValidationStatus.VERIFIED_FUZZY);
        assertThat(asMeasure.overall()).isEqualTo(OverallStatus.NEEDS_REVIEW);
        assertThat(asMeasure.reviewReasons()).singleElement().asString().startsWith("claimed measure, but read as a goal");
        Verdict asGoal = validator.validate(Candidates.measure("miljo.pdf", goal, 1).withKind(MeasureKind.GOAL));
        assertThat(asGoal.status()).isEqualTo(ValidationStatus.VERIFIED_FUZZY);
        assertThat(asGoal.overall()).isEqualTo(OverallStatus.VERIFIED);
        assertThat(asGoal.ruleJudgement().kind()).isEqualTo(JudgedKind.GOAL);
    }

    @Test
    void descriptionIsNotAMeasure() {
        Verdict verdict = validator.validate(Candidates.measure("miljo.pdf", "Det er etablert en nasjonal datakatalog.", 3));
        assertThat(verdict.status()).isEqualTo(ValidationStatus.VERIFIED);
        assertThat(verdict.overall()).isEqualTo(OverallStatus.NEEDS_REVIEW);
        assertThat(verdict.reasons()).anyMatch(r -> r.contains("description"));
    }

    @Test
    void flagsUnsupportedResponsibleAndDeadline() {
        CandidateMeasure candidate = Candidates.of("miljo.pdf", MeasureKind.MEASURE, "Departementet vil utrede en ny løsning", 3,
                List.of("Departementet", "Digdir"), "2027");
        Verdict verdict = validator.validate(candidate);
        assertThat(verdict.unsupportedFields()).containsExactly("responsible", "deadline");
        CandidateMeasure supported = Candidates.of("miljo.pdf", MeasureKind.MEASURE, MEASURE, 2, List.of("Miljødirektoratet"), "2025");
        assertThat(validator.validate(supported).unsupportedFields()).isEmpty();
    }

    private static CandidateMeasure withSha(CandidateMeasure c, String sha) {
        return c.toBuilder().documentSha256(sha).build();
    }

    @Test
    void readsRunningHeadersAsWhitespaceSoQuotesOverPageBreaksVerify() {
        String first = "KS vil utvikle en felles\nSide 1";
        String second = "Strategi 2024\nplattform for kommunene.";
        var pages = List.of(
                new no.tiltaksradar.model.Page(1, "1", first, 0, List.of(), List.of(), List.of(new no.tiltaksradar.model.TextSpan(25, 31))),
                new no.tiltaksradar.model.Page(2, "2", second, first.length() + 1, List.of(), List.of(),
                        List.of(new no.tiltaksradar.model.TextSpan(0, 13))));
        SourceDocument document = new SourceDocument("h.pdf", "a".repeat(64), strategy.metadata(), pages);
        Verdict verdict = CitationValidator.offline(List.of(document))
                .validate(Candidates.measure("h.pdf", "KS vil utvikle en felles plattform for kommunene.", 1));
        assertThat(verdict.status()).isEqualTo(ValidationStatus.VERIFIED_FUZZY);
        assertThat(verdict.pageEnd()).isEqualTo(2);
    }

    @Test
    void saysWhenOffsetsAreCorrected() {
        CandidateMeasure candidate = Candidates.measure("ks.pdf", "KS vil utvikle", 1).withLocation(1, 1, null, 3, 9);
        Verdict verdict = validator.validate(candidate);
        assertThat(verdict.charStart()).isZero();
        assertThat(verdict.reasons()).contains("offsets corrected from 3-9 to 0-14");
    }
}
