package no.tiltaksradar.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.review.Action;
import no.tiltaksradar.review.DecisionHold;
import no.tiltaksradar.review.DecisionRequest;
import no.tiltaksradar.review.ReviewDecision;
import no.tiltaksradar.user.Role;
import no.tiltaksradar.user.UserRepository;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The rule for a document given to two reviewers. Each assigned reviewer's accept or reject is recorded apart and the
 * candidate stays open (so neither sees the other's verdict) until the second one agrees: then that decision is
 * applied as usual, and an accept enters the register. A disagreement waits for an admin, whose decision on such a
 * candidate is applied as a settlement. Other reviewers may not decide these candidates.
 */
@Component
class IndependentReview implements DecisionHold {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AgreementRepository agreements;
    private final UserRepository users;
    private final AuditLog audit;

    IndependentReview(AgreementRepository agreements, UserRepository users, AuditLog audit) {
        this.agreements = agreements;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public Optional<ReviewDecision> hold(Candidate candidate, DecisionRequest request, String reviewer) {
        Optional<DoubleReview> found = agreements.find(candidate.documentId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DoubleReview review = found.get();
        Action action = request.action();
        boolean verdict = action == Action.ACCEPT || action == Action.REJECT;
        if (!review.assigned(reviewer) && isAdmin(reviewer)) {
            if (verdict) {
                audit.record(reviewer, "AGREEMENT_SETTLED", "candidate", candidate.id(), settlement(candidate, action));
            }
            return Optional.empty();
        }
        if (!review.assigned(reviewer)) {
            throw ApiProblem.forbidden(candidate.documentName() + " is reviewed independently by " + review.firstReviewer() + " and "
                    + review.secondReviewer() + "; an admin settles where they differ");
        }
        if (action == Action.EDIT || action == Action.MERGE) {
            throw ApiProblem.conflict("candidate " + candidate.id() + " awaits two independent decisions: accept (with corrections) or "
                    + "reject it; edits and merges wait until it is settled");
        }
        return verdict ? Optional.ofNullable(decide(review, candidate, request, reviewer)) : Optional.empty();
    }

    /** Records the reviewer's own decision; null when it agrees with the other reviewer's, so it is applied as usual. */
    private ReviewDecision decide(DoubleReview review, Candidate candidate, DecisionRequest request, String reviewer) {
        agreements.lockCandidate(candidate.id());
        List<IndependentDecision> earlier = agreements.forCandidate(candidate.id()).stream()
                .filter(d -> review.assigned(d.reviewer())).toList();
        if (earlier.stream().anyMatch(d -> d.reviewer().equals(reviewer))) {
            throw ApiProblem.conflict("you have already decided candidate " + candidate.id() + " on your own; where the two "
                    + "reviewers differ an admin settles it");
        }
        String action = request.action().name();
        IndependentDecision mine = agreements.append(candidate.id(), candidate.documentId(), reviewer, action,
                action.equals("ACCEPT") ? kind(candidate, request) : null, request.reason() == null ? null : request.reason().name(),
                request.comment(), candidate.version());
        Optional<IndependentDecision> other = earlier.stream().findFirst();
        boolean agreed = other.isPresent() && mine.agreesWith(other.get());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", mine.id());
        details.put("kind", mine.kind());
        details.put("reason", mine.reason());
        details.put("outcome", other.isEmpty() ? "WAITING_FOR_SECOND" : agreed ? "AGREED" : "DISAGREED");
        audit.record(reviewer, "INDEPENDENT_" + action, "candidate", candidate.id(), details);
        if (agreed) {
            return null;
        }
        return new ReviewDecision(mine.id(), candidate.id(), request.action(), reviewer, mine.decidedAt(), mine.reason(), mine.comment(),
                List.of(), candidate.version(), null);
    }

    private Map<String, Object> settlement(Candidate candidate, Action action) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", action.name());
        agreements.forCandidate(candidate.id()).forEach(d -> details.put(d.reviewer(), d.action() + (d.kind() == null ? "" : " " + d.kind())));
        return details;
    }

    private boolean isAdmin(String username) {
        return users.find(username).map(user -> user.role() == Role.ADMIN).orElse(false);
    }

    /** The kind the reviewer accepts the candidate as: their correction, else the current one (record or earlier edits). */
    static String kind(Candidate candidate, DecisionRequest request) {
        Object corrected = request.changes() == null ? null : request.changes().get("kind");
        if (corrected != null) {
            String kind = String.valueOf(corrected).strip().toUpperCase(Locale.ROOT);
            if (!List.of("MEASURE", "GOAL").contains(kind)) {
                throw ApiProblem.badRequest("kind is MEASURE or GOAL, not " + corrected);
            }
            return kind;
        }
        JsonNode edited = edits(candidate.edits()).get("kind");
        return (edited != null && !edited.isNull() ? edited.asText() : candidate.kind()).toUpperCase(Locale.ROOT);
    }

    private static JsonNode edits(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
