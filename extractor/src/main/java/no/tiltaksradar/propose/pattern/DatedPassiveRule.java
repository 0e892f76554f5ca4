package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.language.WordClass;

/**
 * "Ordninga skal evaluerast innan 2030", "Registeret skal oppdateres innen utgangen av 2029": the
 * s-passive of an action verb after "skal" with a deadline schedules an action on a thing; the
 * agent left out is the document's publisher. The deadline is what makes it a commitment, not a
 * wish: without it ("Data skal deles på tvers") a passive states a desired state and is left to the
 * other rules. A body as subject is the receiver ("Departementet skal informeres"), so the rule
 * asks for a subject without an actor noun; that check is {@link ActorCheck}'s.
 */
final class DatedPassiveRule implements ReadingRule {
    private static final Pattern SKAL_PASSIVE = Pattern.compile(WordBoundary.START + "skal\\s+(?:\\p{L}+\\s+)?(\\p{L}+(?:s|ast))"
            + WordBoundary.END, Pattern.UNICODE_CASE);

    private final Lexicon lexicon;
    private final DeadlineParser deadlines = new DeadlineParser();

    DatedPassiveRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Verdict> decide(Clause clause) {
        String lower = clause.lower();
        Matcher passive = SKAL_PASSIVE.matcher(lower);
        if (clause.listItem() || !passive.find() || !isPassiveOfAction(passive.group(1)) || deadlines.find(clause.text()).isEmpty()) {
            return ReadingRule.noOpinion();
        }
        String subject = lower.substring(0, passive.start()).strip();
        return subject.isEmpty() || subject.equals("det") || ActorCheck.namesOrganisation(subject)
                ? ReadingRule.noOpinion() : ReadingRule.decided(Verdict.measure(0.6));
    }

    /** "evalueres", Nynorsk "evaluerast": the s-passive, not the infinitive or a noun in -s. */
    private boolean isPassiveOfAction(String word) {
        return lexicon.isActionVerbForm(word) && !lexicon.contains(WordClass.ACTION_VERB, word);
    }
}
