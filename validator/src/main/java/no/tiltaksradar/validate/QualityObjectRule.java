package no.tiltaksradar.validate;

import java.util.Optional;
import java.util.Set;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * "Regjeringen vil sikre sterkere styring", "Etaten skal tilby gode, brukervennlige tjenester":
 * a commitment whose action verb takes only a quality as its object — a comparative or "god"
 * right after the verb — names a state to reach, not a thing to do: a goal. A measure names
 * what is made or done ("skal etablere en portal"); the quality words of a subordinate clause
 * ("som sikrer god kvalitet") are not the main verb's object and never reach this rule.
 */
final class QualityObjectRule implements KindRule {
    // comparatives and "god" in Bokmål and Nynorsk; quantities ("flere", "mer") are left out: "etablere flere stasjoner" is an action
    private static final Set<String> QUALITY = Set.of("bedre", "betre", "sterkere", "sterkare", "enklere", "enklare", "tryggere",
            "tryggare", "raskere", "raskare", "tydeligere", "tydelegare", "god", "godt", "gode", "gott");

    private final Lexicon lexicon;

    QualityObjectRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "quality-object";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        Wording.MainVerb main = wording.mainVerb(lexicon, WordClass.COMMITMENT_MODAL);
        if (main == null || main.verbClass() != Wording.VerbClass.ACTION || main.verbAt() + 1 >= wording.tokens().size()) {
            return Optional.empty();
        }
        String next = wording.tokens().get(main.verbAt() + 1);
        if (QUALITY.contains(next)) {
            return Optional.of(new Reading(JudgedKind.GOAL, "\"" + main.modal() + " ... " + main.verb() + " " + next
                    + " ...\" names a quality to reach, not a thing to do"));
        }
        return Optional.empty();
    }
}
