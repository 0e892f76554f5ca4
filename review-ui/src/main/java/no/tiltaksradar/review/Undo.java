package no.tiltaksradar.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What taking back a decision means, read from the append-only history alone. */
final class Undo {
    private Undo() {
    }

    /** The newest decision that is neither an UNDO nor already taken back by one. */
    static Optional<ReviewDecision> lastStanding(List<ReviewDecision> history) {
        Set<Long> undone = new HashSet<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            ReviewDecision decision = history.get(i);
            if (decision.action() == Action.UNDO) {
                undone.add(decision.relatedId());
            } else if (!undone.contains(decision.id())) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }

    /** ACCEPT, REJECT and MERGE are made on open candidates only, so before them the candidate was open. */
    static String stateBefore(ReviewDecision decision, String current) {
        return switch (decision.action()) {
            case ACCEPT, REJECT, MERGE -> "OPEN";
            default -> current;
        };
    }

    /** Puts each changed field back to its value before the decision; returns the parent to keep. */
    static Long restore(ReviewDecision decision, Map<String, Object> edits, Long parent) {
        Long restoredParent = parent;
        for (FieldChange change : decision.changes()) {
            if (ReviewService.PARENT_FIELD.equals(change.field())) {
                restoredParent = change.from() == null ? null : ((Number) change.from()).longValue();
            } else {
                edits.put(change.field(), change.from());
            }
        }
        return restoredParent;
    }

    static List<FieldChange> reversed(List<FieldChange> changes) {
        List<FieldChange> reversed = new ArrayList<>();
        for (FieldChange change : changes) {
            reversed.add(new FieldChange(change.field(), change.to(), change.from()));
        }
        return reversed;
    }
}
