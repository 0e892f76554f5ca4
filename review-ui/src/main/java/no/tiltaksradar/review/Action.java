package no.tiltaksradar.review;

/** What a reviewer can decide about a candidate. */
public enum Action {
    ACCEPT, REJECT, EDIT, MERGE, PARENT
}
