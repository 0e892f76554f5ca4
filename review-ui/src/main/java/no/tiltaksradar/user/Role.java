package no.tiltaksradar.user;

/** REVIEWER reviews, edits and exports; ADMIN also manages users, uploads, runs and settings. */
public enum Role {
    REVIEWER, ADMIN
}
