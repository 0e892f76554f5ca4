package no.tiltaksradar.propose.pattern;

import java.util.Optional;

/**
 * An item in a list headed "Tiltak" or led in by "Regjeringen vil:" is a measure whatever its
 * form: the heading supplies the actor and the commitment, so the item may be a bare infinitive
 * ("Etablere et forum for ...") or a noun phrase ("Universell utforming av ikt").
 */
final class ListedMeasureRule implements ReadingRule {
    static final double LISTED = 0.9;

    @Override
    public Optional<Verdict> decide(Clause clause) {
        return clause.listedAs(ListContext.MEASURES) ? ReadingRule.decided(Verdict.measure(LISTED)) : ReadingRule.noOpinion();
    }
}
