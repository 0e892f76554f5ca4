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
        String state = switch (request.action()) {
            case ACCEPT -> "ACCEPTED";
            case REJECT -> "REJECTED";
            case MERGE -> "MERGED";
            case EDIT, PARENT -> candidate.reviewState();
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
