package no.tiltaksradar.validate;

/** The one answer a reviewer sees first, written as {@code validation.status}. */
public enum OverallStatus {
    /** Quote verified on its page, kind confirmed without disagreement, every filled field supported. */
    VERIFIED,
    /** Anything else; {@code validation.reviewReasons} says why. */
    NEEDS_REVIEW
}
