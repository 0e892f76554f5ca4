package no.tiltaksradar.agreement;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import no.tiltaksradar.review.ReviewDecision;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Two reviewers per document: assignments, agreement, the disagreement queue and its settlement (admins only, but "mine"). */
@RestController
@Tag(name = "Agreement", description = "Documents reviewed by two reviewers independently: Cohen's kappa and disagreements (admin)")
@RequestMapping("/api/agreement")
class AgreementController {
    private final AgreementService agreement;

    AgreementController(AgreementService agreement) {
        this.agreement = agreement;
    }

    /** Cohen's kappa on accept/reject and on kind, over all double-reviewed documents and per document. */
    @GetMapping
    AgreementReport report() {
        Admins.require();
        return agreement.report();
    }

    @GetMapping("/documents")
    List<DoubleReview> assignments() {
        Admins.require();
        return agreement.assignments();
    }

    /** Gives a document to two reviewers (again: the new pair replaces the old; decisions already made are kept). */
    @PutMapping("/documents/{documentId}")
    DoubleReview assign(@PathVariable long documentId, @Valid @RequestBody Assignment assignment) {
        return agreement.assign(documentId, assignment, Admins.require());
    }

    @GetMapping("/disagreements")
    List<Disagreement> disagreements(@RequestParam(required = false) Long document) {
        Admins.require();
        return agreement.disagreements(document);
    }

    @PostMapping("/candidates/{id}/settlement")
    ResponseEntity<ReviewDecision> settle(@PathVariable long id, @Valid @RequestBody Settlement settlement) {
        ReviewDecision decision = agreement.settle(id, settlement, Admins.require());
        return ResponseEntity.created(URI.create("/api/candidates/" + id + "/decisions")).body(decision);
    }

    /** The candidates the calling reviewer has decided on their own, which their queue can leave out. */
    @GetMapping("/mine")
    List<Long> mine(@RequestParam(required = false) Long document) {
        return agreement.decidedBy(Admins.current(), document);
    }
}
