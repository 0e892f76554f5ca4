package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * A statement set under a goal caption ("Mål", "Hovudmål", "Delmål") is the goal that caption
 * names: the caption, not the verb, tells its kind. "Innbyggjarane skal få enkle tenester" or
 * "Bonden skal berre rapportere ein gong" states the desired state even though "få" and
 * "rapportere" are no stative verbs and the subject is no agency, so neither the stative rule nor
 * the actor rule would read it. It must still be a statement of intent, a main clause with a modal
 * (skal, vil, bør, må, Nynorsk lyt): a caption's aside without one ("Måla er vedtekne av
 * kommunestyret") describes, it sets no goal. Asked before the tense rules: a present verb in a
 * subordinate clause ("... når dei går ut av skulen") does not make the goal a description.
 */
final class GoalCaptionStatementRule implements ReadingRule {
    private final Lexicon lexicon;

    GoalCaptionStatementRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Verdict> decide(Clause clause) {
        if (clause.listItem() || clause.context() != ListContext.GOALS) {
            return ReadingRule.noOpinion(); // items under a goal caption are read by ListedByContextRule
        }
        return lexicon.find(WordClass.COMMITMENT_MODAL, clause.text()).isPresent()
                ? ReadingRule.decided(Verdict.goal(0.6)) : ReadingRule.noOpinion();
    }
}
