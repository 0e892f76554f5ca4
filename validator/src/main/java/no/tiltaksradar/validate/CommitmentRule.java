package no.tiltaksradar.validate;

import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * "Artsdatabanken skal etablere ...", "Det bør vurderes å ...", "Regjeringa vil greie ut ...":
 * a commitment modal (skal, vil, bør, må) in the main clause followed by an action verb, active
 * or s-passive, commits someone to do something — the guideline's measure. A recommendation
 * ("bør", "bør vurdere") counts: recommendations are measures the author proposes.
 */
final class CommitmentRule implements KindRule {
    private final Lexicon lexicon;

    CommitmentRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "commitment-to-action";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        Wording.MainVerb main = wording.mainVerb(lexicon, WordClass.COMMITMENT_MODAL);
        if (main != null && main.verbClass() == Wording.VerbClass.ACTION) {
            return Optional.of(new Reading(JudgedKind.MEASURE, "\"" + main.modal() + " ... " + main.verb() + "\" commits to an action"));
        }
        return Optional.empty();
    }
}
