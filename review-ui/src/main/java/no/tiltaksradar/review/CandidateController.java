package no.tiltaksradar.review;

import no.tiltaksradar.user.Role;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateFilter;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.web.ApiProblem;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import no.tiltaksradar.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** Candidates to review: filtered pages, one candidate with its ETag, and decisions on it. */
@RestController
@Tag(name = "Candidates and decisions", description = "The review queue and reviewers' decisions (If-Match needed)")
@RequestMapping("/api")
class CandidateController {
    private final CandidateRepository candidates;
    private final DecisionRepository decisions;
    private final ReviewService review;

    CandidateController(CandidateRepository candidates, DecisionRepository decisions, ReviewService review) {
        this.candidates = candidates;
        this.decisions = decisions;
        this.review = review;
    }

    /**
     * Filters: status, quoteStatus, document, run, kind, minConfidence, maxConfidence, ministry, agency, year, technology,
     * purpose, reviewState, q. Items come without their whole measure record unless {@code records=true}.
     */
    @GetMapping("/candidates")
    Paged<Candidate> list(CandidateFilter filter, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                          @RequestParam(defaultValue = "false") boolean records) {
        Paged<Candidate> found = candidates.page(filter, PageRequest.of(page, size, sort, CandidateRepository.SORTABLE, "id,asc"));
        return records ? found : found.map(Candidate::summary);
    }

    @GetMapping("/candidates/{id}")
    ResponseEntity<Candidate> one(@PathVariable long id) {
        Candidate candidate = candidates.find(id).orElseThrow(() -> ApiProblem.notFound("candidate", id));
        return ResponseEntity.ok().eTag(Versions.etag(candidate.version())).body(candidate);
    }

    @GetMapping("/candidates/{id}/decisions")
    List<ReviewDecision> history(@PathVariable long id) {
        candidates.find(id).orElseThrow(() -> ApiProblem.notFound("candidate", id));
        return decisions.forCandidate(id);
    }

    @PostMapping("/candidates/{id}/decisions")
    ResponseEntity<ReviewDecision> decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        int expected = Versions.expected(ifMatch, request.version(), "candidate");
        ReviewDecision decision = request.action() == Action.UNDO
                ? review.undo(id, expected, user.getName(), isAdmin(user))
                : review.decide(id, request, expected, user.getName());
        return ResponseEntity.created(URI.create("/api/candidates/" + id + "/decisions")).eTag(Versions.etag(expected + 1)).body(decision);
    }

    private static boolean isAdmin(Principal user) {
        return user instanceof org.springframework.security.core.Authentication login && Role.isAdmin(login);
    }

    @GetMapping("/decisions")
    List<ReviewDecision> recent(@RequestParam(required = false) String reviewer, @RequestParam(defaultValue = "100") int limit) {
        return decisions.recent(reviewer, Math.min(Math.max(limit, 1), 1000));
    }
}
