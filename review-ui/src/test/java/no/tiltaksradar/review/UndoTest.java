package no.tiltaksradar.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UndoTest {
    private static ReviewDecision decision(long id, Action action, Long related, FieldChange... changes) {
        return new ReviewDecision(id, 7, action, "rita", Instant.EPOCH, null, null, List.of(changes), (int) id, related);
    }

    @Test
    void theLastDecisionNotYetTakenBackIsTheOneToUndo() {
        List<ReviewDecision> history = List.of(decision(1, Action.EDIT, null), decision(2, Action.ACCEPT, null),
                decision(3, Action.UNDO, 2L));
        assertThat(Undo.lastStanding(history)).map(ReviewDecision::id).contains(1L);
    }

    @Test
    void aHistoryOfOnlyUndoneDecisionsHasNothingLeftToUndo() {
        assertThat(Undo.lastStanding(List.of(decision(1, Action.REJECT, null), decision(2, Action.UNDO, 1L)))).isEmpty();
        assertThat(Undo.lastStanding(List.of())).isEmpty();
    }

    @Test
    void aDecisionThatClosedTheCandidateReopensIt() {
        assertThat(Undo.stateBefore(decision(1, Action.ACCEPT, null), "ACCEPTED")).isEqualTo("OPEN");
        assertThat(Undo.stateBefore(decision(1, Action.MERGE, 4L), "MERGED")).isEqualTo("OPEN");
        assertThat(Undo.stateBefore(decision(1, Action.EDIT, null), "OPEN")).isEqualTo("OPEN");
    }

    @Test
    void changedFieldsAndTheParentGoBackToWhatTheyWere() {
        Map<String, Object> edits = new HashMap<>(Map.of("ministry", "Nytt departement"));
        Long parent = Undo.restore(decision(1, Action.PARENT, 9L, new FieldChange("ministry", "Gammelt departement", "Nytt departement"),
                new FieldChange(ReviewService.PARENT_FIELD, 3, 9)), edits, 9L);
        assertThat(parent).isEqualTo(3L);
        assertThat(edits).containsEntry("ministry", "Gammelt departement");
    }

    @Test
    void theUndoRecordsEachChangeTheOtherWayRound() {
        assertThat(Undo.reversed(List.of(new FieldChange("deadline", "2027", "2030"))))
                .containsExactly(new FieldChange("deadline", "2030", "2027"));
    }
}
