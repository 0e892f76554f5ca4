package no.tiltaksradar.validate;

import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * "Etablere en tverrsektoriell arbeidsgruppe ...", "Utarbeid ein plan ...", "Gjennomgå ...":
 * an item that opens with an action verb in the infinitive or imperative is an order or a
 * to-do, the form action plans list their measures in.
 */
final class ImperativeItemRule implements KindRule {
    private final Lexicon lexicon;

    ImperativeItemRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "opens-with-action-verb";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        String first = wording.firstWord();
        if (lexicon.contains(WordClass.ACTION_VERB, first) || lexicon.contains(WordClass.ACTION_VERB, first + "e")) {
            return Optional.of(new Reading(JudgedKind.MEASURE, "opens with the action verb \"" + first + "\""));
        }
        return Optional.empty();
    }
}
