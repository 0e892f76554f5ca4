package no.tiltaksradar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A candidate built in code holds its invariants or is refused with the field named. */
class CandidateMeasureTest {
    private static final int U = CandidateMeasure.UNKNOWN;

    private static CandidateMeasure.Builder valid() {
        return CandidateMeasure.builder("a.pdf", MeasureKind.MEASURE, "Etaten skal lage en plan.");
    }

    @Test
    void refusesABlankOrMissingDocument() {
        assertThatIllegalArgumentException().isThrownBy(() -> CandidateMeasure.builder(" ", MeasureKind.MEASURE, "q").build())
                .withMessageContaining("document");
        assertThatIllegalArgumentException().isThrownBy(() -> CandidateMeasure.builder(null, MeasureKind.MEASURE, "q").build())
                .withMessageContaining("document");
    }

    @Test
    void refusesAMissingKindOrQuote() {
        assertThatIllegalArgumentException().isThrownBy(() -> CandidateMeasure.builder("a.pdf", null, "q").build())
                .withMessageContaining("kind");
        assertThatIllegalArgumentException().isThrownBy(() -> CandidateMeasure.builder("a.pdf", MeasureKind.GOAL, null).build())
                .withMessageContaining("quote");
    }

    @Test
    void refusesAPageBeforeTheFirst() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Location(0, 0, null, U, U, null))
                .withMessageStartingWith("page ");
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Location(-2, 1, null, U, U, null))
                .withMessageStartingWith("page ");
    }

    @Test
    void refusesAPageEndBeforeThePage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Location(5, 4, null, U, U, null))
                .withMessageStartingWith("pageEnd");
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Location(U, -5, null, U, U, null))
                .withMessageStartingWith("pageEnd");
    }

    @Test
    void refusesOffsetsThatAreNotASpan() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Location(1, 1, null, 10, U, null))
                .withMessageStartingWith("charStart and charEnd");
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Location(1, 1, null, 20, 10, null))
                .withMessageStartingWith("charStart and charEnd");
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Location(1, 1, null, -3, -3, null))
                .withMessageStartingWith("charStart and charEnd");
    }

    @Test
    void refusesAConfidenceOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Provenance(1.5, "p", Origin.PROSE))
                .withMessageStartingWith("confidence");
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Provenance(-0.1, "p", Origin.PROSE))
                .withMessageStartingWith("confidence");
        assertThatIllegalArgumentException().isThrownBy(() -> new CandidateMeasure.Provenance(Double.NaN, "p", Origin.PROSE))
                .withMessageStartingWith("confidence");
    }

    @Test
    void refusesAListHoldingNull() {
        List<String> withNull = new ArrayList<>(List.of("KS"));
        withNull.add(null);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CandidateMeasure.RegisterFields(withNull, null, null, null, null, null, null))
                .withMessageStartingWith("responsible");
    }

    @Test
    void acceptsUnknownPlacesAndEmptyParts() {
        CandidateMeasure candidate = valid().build();
        assertThat(candidate.location()).isEqualTo(CandidateMeasure.Location.UNKNOWN_PLACE);
        assertThat(candidate.fields().technology()).isEmpty();
        assertThat(candidate.origin()).isEqualTo(Origin.UNKNOWN);
        assertThat(new CandidateMeasure.Location(2, 3, "1", 0, 0, null).hasOffsets()).isTrue();
    }

    @Test
    void itsListsAreCopiesThatCannotBeChanged() {
        List<String> actors = new ArrayList<>(List.of("KS"));
        CandidateMeasure candidate = valid().responsible(actors).build();
        actors.add("Digdir");
        assertThat(candidate.fields().responsible()).containsExactly("KS");
        assertThat(candidate.fields().purpose()).isUnmodifiable();
        assertThat(candidate.fields().responsible()).isUnmodifiable();
    }

    @Test
    void withMethodsChangeOnlyTheirPart() {
        CandidateMeasure original = CandidateMeasureJsonTest.full();
        CandidateMeasure moved = original.withLocation(5, 5, "4", 200, 206);
        assertThat(moved.location().section()).isEqualTo("Mål");
        assertThat(moved.fields()).isEqualTo(original.fields());
        assertThat(original.withParent("x").fields().parent()).isEqualTo("x");
        assertThat(original.withOrigin(Origin.PROSE).provenance().confidence()).isEqualTo(0.7);
        assertThat(original.toBuilder().build()).isEqualTo(original);
    }
}
