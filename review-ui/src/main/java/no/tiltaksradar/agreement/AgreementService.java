package no.tiltaksradar.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.review.Action;
import no.tiltaksradar.review.DecisionRequest;
import no.tiltaksradar.review.ReviewDecision;
import no.tiltaksradar.review.ReviewService;
import no.tiltaksradar.user.AppUser;
import no.tiltaksradar.user.UserRepository;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigns documents to two reviewers, measures their agreement and settles where they differ. */
@Service
public class AgreementService {
    private final AgreementRepository agreements;
    private final DocumentRepository documents;
    private final CandidateRepository candidates;
    private final UserRepository users;
    private final ReviewService review;
    private final AuditLog audit;

    AgreementService(AgreementRepository agreements, DocumentRepository documents, CandidateRepository candidates, UserRepository users,
                     ReviewService review, AuditLog audit) {
        this.agreements = agreements;
        this.documents = documents;
        this.candidates = candidates;
        this.users = users;
        this.review = review;
        this.audit = audit;
    }

    @Transactional
    public DoubleReview assign(long documentId, Assignment assignment, String admin) {
        documents.find(documentId).orElseThrow(() -> ApiProblem.notFound("document", documentId));
        String first = assignment.firstReviewer().strip();
        String second = assignment.secondReviewer().strip();
        if (first.equals(second)) {
            throw ApiProblem.badRequest("the two reviewers must be two different users, not " + first + " twice");
        }
        for (String username : List.of(first, second)) {
            Optional<AppUser> user = users.find(username);
            if (user.isEmpty() || !user.get().enabled()) {
                throw ApiProblem.unprocessable("unknown-user", "no enabled user named " + username);
            }
        }
        agreements.assign(documentId, first, second, admin);
        audit.record(admin, "DOUBLE_REVIEW_ASSIGNED", "document", documentId, Map.of("firstReviewer", first, "secondReviewer", second));
        return agreements.find(documentId).orElseThrow();
    }

    public List<DoubleReview> assignments() {
        return agreements.all();
    }

    /** Kappa per document and over all documents, from the reviewers' own decisions (settlements do not count). */
    @Transactional(readOnly = true)
    public AgreementReport report() {
        Map<Long, AgreementRepository.CandidateCount> counts = agreements.candidateCounts().stream()
                .collect(Collectors.toMap(AgreementRepository.CandidateCount::documentId, Function.identity()));
        List<DocumentAgreement> perDocument = new ArrayList<>();
        List<Kappa.Pair> allActions = new ArrayList<>();
        List<Kappa.Pair> allKinds = new ArrayList<>();
        for (DoubleReview review : agreements.all()) {
            List<Both> pairs = pairs(review);
            List<Kappa.Pair> actions = pairs.stream().map(p -> new Kappa.Pair(p.first().action(), p.second().action())).toList();
            List<Kappa.Pair> kinds = pairs.stream().filter(Both::bothAccepted).map(p -> new Kappa.Pair(p.first().kind(), p.second().kind()))
                    .toList();
            allActions.addAll(actions);
            allKinds.addAll(kinds);
            List<IndependentDecision> decided = agreements.forDocument(review.documentId());
            AgreementRepository.CandidateCount count = counts.getOrDefault(review.documentId(),
                    new AgreementRepository.CandidateCount(review.documentId(), 0, 0));
            perDocument.add(new DocumentAgreement(review.documentId(), review.documentName(), review.firstReviewer(),
                    review.secondReviewer(), count.total(), count.open(), countBy(decided, review.firstReviewer()),
                    countBy(decided, review.secondReviewer()), pairs.size(), (int) pairs.stream().filter(Both::agreed).count(),
                    disagreements(review).size(), Kappa.of(actions), Kappa.of(kinds)));
        }
        return new AgreementReport(Kappa.of(allActions), Kappa.of(allKinds), perDocument);
    }

    /** Open candidates both reviewers decided (they differ); of one document, or of all when {@code documentId} is null. */
    @Transactional(readOnly = true)
    public List<Disagreement> disagreements(Long documentId) {
        List<DoubleReview> reviews = documentId == null ? agreements.all() : agreements.find(documentId).stream().toList();
        List<Disagreement> open = new ArrayList<>();
        reviews.forEach(review -> open.addAll(disagreements(review)));
        return open;
    }

    /** Ids of the candidates this reviewer decided on their own (their review queue can leave them out). */
    public List<Long> decidedBy(String reviewer, Long documentId) {
        return agreements.decidedBy(reviewer, documentId);
    }

    /** An admin's accept or reject of a double-reviewed candidate, applied as a review decision (accept enters the register). */
    @Transactional
    public ReviewDecision settle(long candidateId, Settlement settlement, String admin) {
        Candidate candidate = candidates.find(candidateId).orElseThrow(() -> ApiProblem.notFound("candidate", candidateId));
        DoubleReview doubleReview = agreements.find(candidate.documentId()).orElseThrow(() -> ApiProblem.conflict(
                candidate.documentName() + " is not reviewed by two reviewers; decide candidate " + candidateId + " in the review screen"));
        if (doubleReview.assigned(admin)) {
            throw ApiProblem.conflict("you are one of the two reviewers of " + candidate.documentName() + "; another admin settles");
        }
        if (settlement.action() != Action.ACCEPT && settlement.action() != Action.REJECT) {
            throw ApiProblem.badRequest("a settlement accepts or rejects, not " + settlement.action());
        }
        Map<String, Object> changes = settlement.action() == Action.ACCEPT && settlement.kind() != null && !settlement.kind().isBlank()
                ? Map.of("kind", settlement.kind()) : null;
        int version = settlement.version() == null ? candidate.version() : settlement.version();
        // the admin has both reviewers' decisions and the quote's status before them: settling is the confirmation
        DecisionRequest request = new DecisionRequest(settlement.action(), settlement.reason(), settlement.comment(), changes, null,
                true, version);
        return review.decide(candidateId, request, version, admin);
    }

    /**
     * Open candidates both reviewers decided: they differ, or (rarely) they agreed and the applied decision was undone
     * since. Neither can decide again, so an admin settles either kind.
     */
    private List<Disagreement> disagreements(DoubleReview review) {
        List<Disagreement> open = new ArrayList<>();
        for (Both pair : pairs(review)) {
            candidates.find(pair.first().candidateId()).filter(c -> c.reviewState().equals("OPEN"))
                    .ifPresent(c -> open.add(new Disagreement(c.summary(), pair.first(), pair.second())));
        }
        return open;
    }

    /** Each candidate both assigned reviewers decided, the first assigned reviewer's decision first. */
    private List<Both> pairs(DoubleReview review) {
        Map<Long, Map<String, IndependentDecision>> byCandidate = new LinkedHashMap<>();
        for (IndependentDecision decision : agreements.forDocument(review.documentId())) {
            byCandidate.computeIfAbsent(decision.candidateId(), id -> new LinkedHashMap<>()).put(decision.reviewer(), decision);
        }
        List<Both> pairs = new ArrayList<>();
        for (Map<String, IndependentDecision> decisions : byCandidate.values()) {
            IndependentDecision first = decisions.get(review.firstReviewer());
            IndependentDecision second = decisions.get(review.secondReviewer());
            if (first != null && second != null) {
                pairs.add(new Both(first, second));
            }
        }
        return pairs;
    }

    private static int countBy(List<IndependentDecision> decisions, String reviewer) {
        return (int) decisions.stream().filter(d -> d.reviewer().equals(reviewer)).count();
    }

    private record Both(IndependentDecision first, IndependentDecision second) {
        boolean agreed() {
            return first.agreesWith(second);
        }

        boolean bothAccepted() {
            return first.action().equals("ACCEPT") && second.action().equals("ACCEPT");
        }
    }
}
