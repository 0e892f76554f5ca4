package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.language.WordClass;

/**
 * After a lead-in that says what will be done, an item without any modal whose verb is in the
 * perfect or past ("... har ført til variasjon") reports a result; it proposes nothing.
 */
final class ReportingItemRule implements ReadingRule {
    private static final Pattern FINITE_PAST = Pattern.compile(WordBoundary.START + "(har|hadde|ble|blei|vart|var)\\s+\\p{L}+",
            Pattern.UNICODE_CASE);
    private final Lexicon lexicon;

    ReportingItemRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Verdict> decide(Clause clause) {
        boolean reports = clause.listedAs(ListContext.LIKELY_MEASURES) && lexicon.find(WordClass.COMMITMENT_MODAL, clause.text()).isEmpty()
                && FINITE_PAST.matcher(clause.lower()).find();
        return reports ? ReadingRule.decided(Verdict.NEITHER) : ReadingRule.noOpinion();
    }
}
