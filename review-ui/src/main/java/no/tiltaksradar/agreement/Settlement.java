package no.tiltaksradar.agreement;

import jakarta.validation.constraints.NotNull;
import no.tiltaksradar.review.Action;
import no.tiltaksradar.review.RejectReason;

/**
 * An admin's settlement of a candidate the reviewers differ on.
 *
 * @param action ACCEPT or REJECT
 * @param kind the kind to accept it as (MEASURE or GOAL), when the reviewers differed on it; else the current kind
 * @param reason needed for REJECT; OTHER needs a comment
 * @param version the candidate version settled on; the current one when absent
 */
public record Settlement(@NotNull Action action, String kind, RejectReason reason, String comment, Integer version) {
}
