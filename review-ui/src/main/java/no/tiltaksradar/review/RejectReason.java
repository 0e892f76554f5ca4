package no.tiltaksradar.review;

/** Why a candidate was rejected; OTHER needs a comment that says why. */
public enum RejectReason {
    NOT_A_MEASURE, GOAL, DUPLICATE, WRONG_QUOTE, OTHER
}
