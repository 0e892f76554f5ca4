package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;

/**
 * Three ways a clause speaks about something rather than committing to it: it opens with a
 * quotation mark (cited from another document), its main verb stands in the perfect or past before
 * any modal ("NVE har levert ...", "Det ble etablert ..."), or it describes a habit ("stadig").
 */
final class ReportedSpeechRule implements ReadingRule {
    /** Up to six words, none of them a modal or subordinator, then har/hadde/ble/var + a word: the main verb is past. */
    static final Pattern PAST_DESCRIPTION = Pattern.compile("^(?:(?!(?:skal|vil|bør|må|kan|om|at|som|hvis|når)" + WordBoundary.END + ")"
            + "[\\p{L}\\d\\-.]+,?\\s+){0,6}?(har|hadde|ble|blei|vart|var)\\s+\\p{L}+.*", Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern HABIT = WordBoundary.wholePattern("stadig");

    @Override
    public Optional<Verdict> decide(Clause clause) {
        String lower = clause.lower().strip();
        boolean quoted = lower.startsWith("«") || lower.startsWith("\"") || lower.startsWith("“");
        if (quoted || PAST_DESCRIPTION.matcher(lower).matches() || HABIT.matcher(lower).find()) {
            return ReadingRule.decided(Verdict.NEITHER);
        }
        return ReadingRule.noOpinion();
    }
}
