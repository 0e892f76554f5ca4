package no.tiltaksradar.propose.pattern;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * After a lead-in whose modal commits to something it does not name ("Vi vil særleg leggje vekt
 * på:", "Departementet vil prioritere disse områdene:", "Datainnhenting kan foregå ved:"), each
 * item completes the lead-in's verb phrase. An item that is a verb phrase ("kartleggje behovet") or
 * names an action by a nominalisation in -ing, -else or -sjon ("løpende innsamling av data",
 * "oppdatering", "integrasjonar") says what will be done: a measure. A bare noun phrase that names
 * people, places or topics ("eldre innbyggjarar", "tilgang til utstyr") is the object of the
 * lead-in's verb, the target groups or focus areas the work is about, not a measure.
 */
final class NamedObjectItemRule implements ReadingRule {
    /** the first words of a noun phrase where its head stands, after at most one modifier */
    private static final int HEAD_WINDOW = 2;
    private static final Pattern ACTION_NOUN = Pattern.compile("\\p{L}{3,}(ing|inga|ingen|inger|ingar|ingane|ingene|else|elsen|elser"
            + "|sjon|sjonen|sjoner|sjonar|sjonane|sjonene)");

    private final Lexicon lexicon;

    NamedObjectItemRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Verdict> decide(Clause clause) {
        if (!clause.listedAs(ListContext.LIKELY_MEASURES)) {
            return ReadingRule.noOpinion();
        }
        String[] words = Arrays.stream(clause.lower().split("[^\\p{L}\\-]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0 || opensAVerbPhrase(words[0]) || lexicon.find(WordClass.COMMITMENT_MODAL, clause.text()).isPresent()) {
            return ReadingRule.noOpinion();
        }
        boolean namesAnAction = Arrays.stream(words).limit(HEAD_WINDOW).anyMatch(w -> ACTION_NOUN.matcher(w).matches());
        return namesAnAction ? ReadingRule.noOpinion() : ReadingRule.decided(Verdict.NEITHER);
    }

    private boolean opensAVerbPhrase(String first) {
        return first.equals("å") || lexicon.isActionVerbForm(first) || lexicon.contains(WordClass.STATIVE_VERB, first);
    }
}
