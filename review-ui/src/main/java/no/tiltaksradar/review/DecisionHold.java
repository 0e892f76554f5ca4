package no.tiltaksradar.review;

import java.util.Optional;
import no.tiltaksradar.candidate.Candidate;

/**
 * Consulted by {@link ReviewService} after its own checks and before it applies a decision, so a feature downstream of
 * review (e.g. a document given to two reviewers who decide independently) can hold a decision back without review
 * knowing that feature. Runs inside the deciding transaction.
 */
public interface DecisionHold {

    /**
     * @return empty to let the decision be applied as usual; otherwise the decision as the holder recorded it instead
     *         (the candidate is left unchanged, nothing enters the register)
     * @throws org.springframework.web.ErrorResponseException to refuse the decision with a problem detail
     */
    Optional<ReviewDecision> hold(Candidate candidate, DecisionRequest request, String reviewer);
}
