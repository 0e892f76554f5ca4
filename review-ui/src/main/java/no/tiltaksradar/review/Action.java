package no.tiltaksradar.review;

/** What a reviewer can decide about a candidate. */
public enum Action {
    ACCEPT, REJECT, EDIT, MERGE, PARENT,
    /** Takes back the candidate's last decision not yet taken back; itself appended, never erasing the one it undoes. */
    UNDO
}
