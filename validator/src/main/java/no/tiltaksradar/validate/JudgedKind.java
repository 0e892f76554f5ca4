package no.tiltaksradar.validate;

/** What a judge reads a quote as. */
public enum JudgedKind {
    MEASURE, GOAL, POTENTIAL, DESCRIPTION, UNCLEAR
}
