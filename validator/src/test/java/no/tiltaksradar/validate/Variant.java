package no.tiltaksradar.validate;

/** A gold quote changed one way, for the adversarial suite. */
record Variant(Kind kind, String quote) {

    /** What was changed; {@code artefact} kinds must verify, the others must not. */
    enum Kind {
        CONTENT_WORD(false), NUMBER_OR_DATE(false), NEGATION_ADDED(false), NEGATION_DROPPED(false),
        NAME_SWAPPED(false), STITCHED(false), OTHER_DOCUMENT(false),
        WHITESPACE(true), HYPHENATION(true), LIGATURES(true), TYPOGRAPHIC(true), CASE(true), FOOTNOTE_MARKER(true);

        final boolean artefact;

        Kind(boolean artefact) {
            this.artefact = artefact;
        }
    }
}
