package no.tiltaksradar.review;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * A decision as a reviewer sends it.
 *
 * @param changes field name to new value (EDIT, and corrections made while accepting)
 * @param relatedId target candidate of MERGE or PARENT
 * @param confirmUnverified must be true to accept a candidate whose quote is not verified
 * @param version the candidate version decided on, when not sent as If-Match
 */
public record DecisionRequest(@NotNull Action action, RejectReason reason, String comment, Map<String, Object> changes,
                              Long relatedId, Boolean confirmUnverified, Integer version) {
}
