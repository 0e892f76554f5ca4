package no.tiltaksradar.agreement;

/**
 * How far two reviewers of one document have come and how well they agree.
 *
 * @param candidates the document's candidates, {@code open} of them not yet accepted or rejected
 * @param pairs candidates both reviewers decided; {@code agreed} of them alike
 * @param openDisagreements decided differently and not yet settled
 * @param acceptReject kappa on accept/reject over the pairs
 * @param kind kappa on the kind accepted as, over the pairs both accepted
 */
public record DocumentAgreement(long documentId, String documentName, String firstReviewer, String secondReviewer, int candidates,
                                int open, int decidedByFirst, int decidedBySecond, int pairs, int agreed, int openDisagreements,
                                Kappa acceptReject, Kappa kind) {
}
