package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import java.util.regex.Matcher;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * A statement set under a goal caption ("Mål", "Hovudmål", "Delmål") is the goal that caption
 * names: the caption, not the verb, tells its kind. "Innbyggjarane skal få enkle tenester" or
 * "Bonden skal berre rapportere ein gong" states the desired state even though "få" and
 * "rapportere" are no stative verbs and the subject is no agency, so neither the stative rule nor
 * the actor rule would read it. It must still be a statement of intent, a main clause with a modal
 * (skal, vil, bør, må, Nynorsk lyt): a caption's aside without one ("Måla er vedtekne av
 * kommunestyret") describes, it sets no goal, and nor does a modal that a subordinator governs
 * ("Nye verktøy gjer at alle tilsette må lære meir"): the main clause there describes, and the
 * modal belongs to what it reports. Asked before the tense rules: a present verb in a
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
        Matcher modal = lexicon.pattern(WordClass.COMMITMENT_MODAL).matcher(clause.text());
        if (!modal.find()) {
            return ReadingRule.noOpinion();
        }
        // stricter than ModalCommitmentRule's clause before the modal (since the last comma): under a goal caption a
        // fronted subordinate clause ("Når ..., vil ...") predicts an effect, it does not state the goal
        Matcher subordinator = lexicon.pattern(WordClass.SUBORDINATOR).matcher(clause.text());
        boolean inSubordinateClause = subordinator.find() && subordinator.start() < modal.start();
        return inSubordinateClause ? ReadingRule.noOpinion() : ReadingRule.decided(Verdict.goal(0.6));
    }
}
