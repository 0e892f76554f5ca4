package no.tiltaksradar.validate;

import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * "Digitalisering vil kunne bidra til ...", "kan gi store gevinster", "har et stort potensial":
 * a possibility or a likely effect, which nobody has undertaken to bring about. The annotation
 * guideline names general potentials as neither measure nor goal. A main clause led by a
 * possibility modal ("Kommunene kan etablere ...") reads the same way: it permits, not commits.
 * Potential wording after an action verb of the main clause ("Digdir skal etablere X, som kan
 * bidra til ...", "Systemet utvikles, så data kan ...") only states the action's purpose and
 * does not count.
 */
final class PotentialRule implements KindRule {
    private final Lexicon lexicon;

    PotentialRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "potential-wording";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        Wording.MainVerb commitment = wording.mainVerb(lexicon, WordClass.COMMITMENT_MODAL);
        var matcher = lexicon.pattern(WordClass.POTENTIAL).matcher(wording.text());
        int finite = wording.finiteActionVerb(lexicon);
        if (matcher.find() && !actionBefore(wording, commitment, finite, wording.tokenAt(matcher.start()))) {
            return Optional.of(new Reading(JudgedKind.POTENTIAL, "\"" + matcher.group() + "\" states a possibility"));
        }
        Wording.MainVerb possibility = wording.mainVerb(lexicon, WordClass.POSSIBILITY_MODAL);
        if (possibility != null && (commitment == null || possibility.modalAt() < commitment.modalAt())
                && (finite < 0 || finite > possibility.modalAt())) {
            return Optional.of(new Reading(JudgedKind.POTENTIAL, "the main verb is \"" + possibility.modal() + "\": a possibility"));
        }
        return Optional.empty();
    }

    private static boolean actionBefore(Wording wording, Wording.MainVerb commitment, int finite, int position) {
        boolean committed = commitment != null && commitment.verbClass() == Wording.VerbClass.ACTION && commitment.verbAt() < position;
        return committed || finite >= 0 && finite < position;
    }
}
