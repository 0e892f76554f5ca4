package no.tiltaksradar.validate;

import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * "Miljøetatene skal ha sikre IKT-system", "Tenestene skal vere universelt utforma", "Innbyggerne
 * skal kunne ...": when the first verb after the main clause's modal is a state (være/vere, ha,
 * bli, kunne, oppleves, bidra) rather than an action, the sentence describes the state an actor
 * should be in — the annotation guideline's "X skal være/ha", a goal. An action later in the
 * sentence ("skal ha oversikt og årlig vurdere ...") does not turn the state into a measure.
 */
final class StateAfterModalRule implements KindRule {
    private final Lexicon lexicon;

    StateAfterModalRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "state-after-modal";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        Wording.MainVerb main = wording.mainVerb(lexicon, WordClass.COMMITMENT_MODAL);
        if (main != null && main.verbClass() == Wording.VerbClass.STATIVE) {
            return Optional.of(new Reading(JudgedKind.GOAL, "\"" + main.modal() + " ... " + main.verb() + "\" states a desired state"));
        }
        return Optional.empty();
    }
}
