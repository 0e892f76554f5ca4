package no.tiltaksradar.validate;

import java.util.Optional;

/**
 * One piece of Norwegian wording that tells what a quote states. The rule judge asks its rules
 * in a fixed order and takes the first reading; a rule answers only when its wording is there.
 */
interface KindRule {

    /** What the rule read and the words it read it from, for a reviewer to check. */
    record Reading(JudgedKind kind, String why) {
    }

    /** Short name written into the judgement's reason, e.g. {@code potential-wording}. */
    String name();

    Optional<Reading> read(Wording wording, QuoteInContext quote);
}
