package no.tiltaksradar.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A careless record is read, never refused: each impossible value becomes a safe one and a problem naming the field. */
class CandidateInputTest {

    private static CandidateInput.Read read(String document, String kind, String quote, Integer page, Integer pageEnd,
                                            Integer charStart, Integer charEnd, Double confidence, List<String> responsible) {
        return new CandidateInput(document, null, "c-1", kind, null, quote, page, pageEnd, null, charStart, charEnd, null,
                responsible, null, null, null, null, null, null, confidence, "llm/careless", null).read();
    }

    private static CandidateInput.Read read(Integer page, Integer pageEnd, Integer charStart, Integer charEnd, Double confidence) {
        return read("a.pdf", "measure", "Sitat.", page, pageEnd, charStart, charEnd, confidence, null);
    }

    @Test
    void aWellMadeRecordHasNoProblems() {
        CandidateInput.Read read = read(3, 4, 10, 20, 0.8);
        assertThat(read.problems()).isEmpty();
        assertThat(read.candidate().location()).isEqualTo(new CandidateMeasure.Location(3, 4, null, 10, 20, null));
    }

    @Test
    void absentValuesAreDefaultsNotProblems() {
        CandidateInput.Read read = read("a.pdf", null, "Sitat.", null, null, null, null, null, null);
        assertThat(read.problems()).isEmpty();
        assertThat(read.candidate().kind()).isEqualTo(MeasureKind.MEASURE);
        assertThat(read.candidate().location()).isEqualTo(CandidateMeasure.Location.UNKNOWN_PLACE);
    }

    @Test
    void aBlankDocumentIsAProblem() {
        CandidateInput.Read read = read(" ", "measure", "Sitat.", 1, 1, null, null, 0.5, null);
        assertThat(read.candidate().document()).isEqualTo(CandidateInput.NO_DOCUMENT);
        assertThat(read.problems()).singleElement().asString().startsWith("document:");
    }

    @Test
    void aMissingQuoteIsAProblemAndAnEmptyQuote() {
        CandidateInput.Read read = read("a.pdf", "goal", null, 1, 1, null, null, 0.5, null);
        assertThat(read.candidate().quote()).isEmpty();
        assertThat(read.problems()).singleElement().asString().startsWith("quote:");
    }

    @Test
    void anUnknownKindIsAProblemReadAsAMeasure() {
        CandidateInput.Read read = read("a.pdf", "tiltak", "Sitat.", 1, 1, null, null, 0.5, null);
        assertThat(read.candidate().kind()).isEqualTo(MeasureKind.MEASURE);
        assertThat(read.problems()).singleElement().asString().startsWith("kind: \"tiltak\"");
    }

    @Test
    void pageZeroIsAProblemReadAsUnknown() {
        CandidateInput.Read read = read(0, 0, null, null, 0.5);
        assertThat(read.candidate().page()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.problems()).singleElement().asString().startsWith("page: 0");
    }

    @Test
    void aPageEndBeforeThePageIsAProblemReadAsThePage() {
        CandidateInput.Read read = read(5, 3, null, null, 0.5);
        assertThat(read.candidate().location().pageEnd()).isEqualTo(5);
        assertThat(read.problems()).singleElement().asString().startsWith("pageEnd: 3 is before page 5");
    }

    @Test
    void offsetsThatAreNotASpanAreAProblemReadAsUnknown() {
        for (Integer[] span : new Integer[][] {{50, 10}, {-7, 3}, {12, null}}) {
            CandidateInput.Read read = read(1, 1, span[0], span[1], 0.5);
            assertThat(read.candidate().location().hasOffsets()).as(Arrays.toString(span)).isFalse();
            assertThat(read.problems()).as(Arrays.toString(span)).singleElement().asString().startsWith("charStart/charEnd:");
        }
    }

    @Test
    void aConfidenceOutsideZeroToOneIsAProblemClamped() {
        CandidateInput.Read high = read(1, 1, null, null, 85.0);
        assertThat(high.candidate().provenance().confidence()).isEqualTo(1.0);
        assertThat(high.problems()).singleElement().asString().startsWith("confidence: 85.0");
        assertThat(read(1, 1, null, null, Double.NaN).problems()).singleElement().asString().startsWith("confidence:");
    }

    @Test
    void anEmptyEntryInAListIsAProblemLeftOut() {
        CandidateInput.Read read = read("a.pdf", "measure", "Sitat.", 1, 1, null, null, 0.5, Arrays.asList("KS", null));
        assertThat(read.candidate().fields().responsible()).containsExactly("KS");
        assertThat(read.problems()).singleElement().asString().startsWith("responsible:");
    }

    @Test
    void everyProblemOfOneRecordIsNamed() {
        CandidateInput.Read read = read("", "potential", null, -3, -9, 5, 1, -1.0, null);
        assertThat(read.problems()).extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactly("document", "quote", "kind", "page", "charStart/charEnd", "confidence");
    }
}
