package no.tiltaksradar.validate;

import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;

/**
 * "... sendes departementet innen 1.6.2021", "innan utgangen av 2025": a dated deadline makes a
 * statement something to be delivered and checked, which is what a measure is. It is asked only
 * after the goal rules, so "skal ha retningslinjer innen 2021" stays a goal.
 */
final class DeadlineRule implements KindRule {
    private static final Pattern DEADLINE = WordBoundary.wholePattern(
            "(innen|innan)\\s+(utgangen\\s+av\\s+|slutten\\s+av\\s+)?(\\d+|[\\p{L}]+\\s+\\d{4}|år)");

    @Override
    public String name() {
        return "dated-deadline";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        var matcher = DEADLINE.matcher(wording.text());
        return matcher.find() ? Optional.of(new Reading(JudgedKind.MEASURE, "\"" + matcher.group() + "\" sets a deadline"))
                : Optional.empty();
    }
}
