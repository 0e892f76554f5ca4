package no.tiltaksradar.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a reviewer's decision to a candidate, guarded like a state machine: only an open
 * candidate can be accepted, rejected or merged, and only on the version the reviewer saw.
 */
@Service
public class ReviewService {
    static final String PARENT_FIELD = "parent";
    private final CandidateRepository candidates;
    private final DecisionRepository decisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<DecisionHold> holds;

    public ReviewService(CandidateRepository candidates, DecisionRepository decisions, AuditLog audit, ApplicationEventPublisher events,
                         ObjectProvider<DecisionHold> holds) {
        this.candidates = candidates;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.holds = holds;
    }

    @Transactional
    public ReviewDecision decide(long candidateId, DecisionRequest request, int expectedVersion, String reviewer) {
        Candidate candidate = candidates.find(candidateId).orElseThrow(() -> ApiProblem.notFound("candidate", candidateId));
        if (candidate.version() != expectedVersion) {
            throw ApiProblem.stale("candidate", candidateId, expectedVersion, candidate.version());
        }
        guard(candidate, request);
        Optional<ReviewDecision> held = holds.orderedStream().map(hold -> hold.hold(candidate, request, reviewer))
                .flatMap(Optional::stream).findFirst();
        if (held.isPresent()) {
            return held.get();
        }
        Map<String, Object> edits = EffectiveFields.edits(candidate.edits());
        List<FieldChange> changes = applyChanges(candidate, request.changes(), edits);
        if (request.action() == Action.PARENT && !Objects.equals(candidate.parentId(), request.relatedId())) {
            changes.add(new FieldChange(PARENT_FIELD, candidate.parentId(), request.relatedId())); // what an undo restores
        }
        String state = switch (request.action()) {
            case ACCEPT -> "ACCEPTED";
            case REJECT -> "REJECTED";
            case MERGE -> "MERGED";
            case EDIT, PARENT -> candidate.reviewState();
            case UNDO -> throw new IllegalStateException("undo is decided by undo(...)");
        };
        Long parent = request.action() == Action.PARENT ? request.relatedId() : candidate.parentId();
        if (!candidates.update(candidateId, expectedVersion, state, EffectiveFields.write(edits), parent)) {
            Candidate now = candidates.find(candidateId).orElseThrow();
            throw ApiProblem.stale("candidate", candidateId, expectedVersion, now.version());
        }
        ReviewDecision decision = decisions.append(candidateId, request.action(), reviewer,
                request.reason() == null ? null : request.reason().name(), request.comment(), changes, expectedVersion, request.relatedId());
        audit.record(reviewer, "DECISION_" + request.action(), "candidate", candidateId, auditDetails(decision));
        if (request.action() == Action.ACCEPT) {
            events.publishEvent(new CandidateAccepted(candidate, EffectiveFields.of(candidate.record(), EffectiveFields.write(edits)),
                    decision.id(), reviewer));
        }
        return decision;
    }

    /**
     * Takes back the candidate's last decision that still stands: its state, field changes and parent return to what
     * they were before it, and an accepted candidate leaves the register. Only whoever made the decision, or an admin,
     * may take it back; the decision stays in the history beside the UNDO that names it.
     */
    @Transactional
    public ReviewDecision undo(long candidateId, int expectedVersion, String reviewer, boolean admin) {
        Candidate candidate = candidates.find(candidateId).orElseThrow(() -> ApiProblem.notFound("candidate", candidateId));
        if (candidate.version() != expectedVersion) {
            throw ApiProblem.stale("candidate", candidateId, expectedVersion, candidate.version());
        }
        ReviewDecision last = Undo.lastStanding(decisions.forCandidate(candidateId))
                .orElseThrow(() -> ApiProblem.conflict("candidate " + candidateId + " has no decision to undo"));
        if (!last.reviewer().equals(reviewer) && !admin) {
            throw ApiProblem.forbidden("decision " + last.id() + " was made by " + last.reviewer() + "; only they or an admin can undo it");
        }
        Map<String, Object> edits = EffectiveFields.edits(candidate.edits());
        Long parent = Undo.restore(last, edits, candidate.parentId());
        String state = Undo.stateBefore(last, candidate.reviewState());
        if (!candidates.update(candidateId, expectedVersion, state, EffectiveFields.write(edits), parent)) {
            throw ApiProblem.stale("candidate", candidateId, expectedVersion, candidates.find(candidateId).orElseThrow().version());
        }
        ReviewDecision undo = decisions.append(candidateId, Action.UNDO, reviewer, null, null, Undo.reversed(last.changes()),
                expectedVersion, last.id());
        audit.record(reviewer, "DECISION_UNDO", "candidate", candidateId, auditDetails(undo));
        if (last.action() == Action.ACCEPT) {
            events.publishEvent(new AcceptanceUndone(candidateId, last.id(), reviewer));
        }
        return undo;
    }

    private void guard(Candidate candidate, DecisionRequest request) {
        Action action = request.action();
        boolean open = candidate.reviewState().equals("OPEN");
        if ((action == Action.ACCEPT || action == Action.REJECT || action == Action.MERGE || action == Action.EDIT) && !open) {
            throw ApiProblem.conflict("candidate " + candidate.id() + " is " + candidate.reviewState() + "; only an open candidate can be "
                    + action.name().toLowerCase() + "ed");
        }
        if (action == Action.ACCEPT && !candidate.quoteVerified() && !Boolean.TRUE.equals(request.confirmUnverified())) {
            throw ApiProblem.unprocessable("confirmation-required", "the quote of candidate " + candidate.id() + " is "
                    + candidate.quoteStatus() + ", not verified: send \"confirmUnverified\": true to accept it anyway");
        }
        if (action == Action.REJECT && request.reason() == null) {
            throw ApiProblem.badRequest("a rejection needs a reason: one of " + List.of(RejectReason.values()));
        }
        if (action == Action.REJECT && request.reason() == RejectReason.OTHER && (request.comment() == null || request.comment().isBlank())) {
            throw ApiProblem.badRequest("reason OTHER needs a comment that says why");
        }
        if (action == Action.EDIT && (request.changes() == null || request.changes().isEmpty())) {
            throw ApiProblem.badRequest("an edit needs \"changes\": {field: new value}");
        }
        if (action == Action.MERGE || action == Action.PARENT) {
            guardRelated(candidate, request.relatedId(), action);
        }
    }

    private void guardRelated(Candidate candidate, Long relatedId, Action action) {
        if (relatedId == null || relatedId == candidate.id()) {
            throw ApiProblem.badRequest(action + " needs \"relatedId\": another candidate's id");
        }
        if (candidates.find(relatedId).isEmpty()) {
            throw ApiProblem.unprocessable("unknown-candidate", "no candidate with id " + relatedId);
        }
    }

    private static List<FieldChange> applyChanges(Candidate candidate, Map<String, Object> requested, Map<String, Object> edits) {
        List<FieldChange> changes = new ArrayList<>();
        if (requested == null) {
            return changes;
        }
        Map<String, Object> current = EffectiveFields.of(candidate.record(), candidate.edits());
        for (Map.Entry<String, Object> entry : requested.entrySet()) {
            Object value;
            try {
                value = EffectiveFields.normalise(entry.getKey(), entry.getValue());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest(e.getMessage());
            }
            if (!Objects.equals(current.get(entry.getKey()), value)) {
                changes.add(new FieldChange(entry.getKey(), current.get(entry.getKey()), value));
                edits.put(entry.getKey(), value);
            }
        }
        return changes;
    }

    private static Map<String, Object> auditDetails(ReviewDecision decision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", decision.id());
        details.put("reason", decision.reason());
        details.put("changes", decision.changes());
        details.put("candidateVersion", decision.candidateVersion());
        details.put("relatedId", decision.relatedId());
        return details;
    }
}
