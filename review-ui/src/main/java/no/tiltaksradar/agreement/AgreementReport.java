package no.tiltaksradar.agreement;

import java.util.List;

/**
 * Agreement over every document given to two reviewers, and per document. The overall kappas pool the pairs of all
 * documents (first assigned reviewer against second), so they read as one pair of raters even where the people differ.
 */
public record AgreementReport(Kappa acceptReject, Kappa kind, List<DocumentAgreement> documents) {
}
