package no.tiltaksradar.propose.pattern;

import java.util.Optional;

/**
 * An item after a lead-in that says what will be done ("Arbeidet skal skje ved å:") is a measure,
 * and an item under a goal heading or caption ("Delmål", "Mål") is a goal: the list's heading
 * says what its items are, in whatever grammatical form they are written.
 */
final class ListedByContextRule implements ReadingRule {

    @Override
    public Optional<Verdict> decide(Clause clause) {
        if (clause.listedAs(ListContext.LIKELY_MEASURES)) {
            return ReadingRule.decided(Verdict.measure(ListedMeasureRule.LISTED));
        }
        if (clause.listedAs(ListContext.GOALS)) {
            return ReadingRule.decided(Verdict.goal(ListedMeasureRule.LISTED));
        }
        return ReadingRule.noOpinion();
    }
}
