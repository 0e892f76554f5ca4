package no.tiltaksradar.validate;

import java.util.List;
import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * "Det er etablert en nasjonal datakatalog", "KS har utviklet ...", "vart oppretta i 2019": a
 * perfect or past auxiliary with the participle of an action verb reports what exists or was
 * done. Only when no modal stands before it: "skal være etablert innen 2025" is a goal with a
 * deadline, and "som er etablert" inside a measure describes its object, not the measure.
 */
final class DescriptionRule implements KindRule {
    private static final int MAX_WORDS_TO_PARTICIPLE = 3;
    private final Lexicon lexicon;

    DescriptionRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "description-of-the-present";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        List<String> tokens = wording.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (lexicon.contains(WordClass.COMMITMENT_MODAL, token) || lexicon.contains(WordClass.POSSIBILITY_MODAL, token)
                    || lexicon.contains(WordClass.SUBORDINATOR, token)) {
                return Optional.empty(); // a modal or a subordinate clause comes first: not a plain report
            }
            if (lexicon.contains(WordClass.PAST_AUXILIARY, token)) {
                for (int j = i + 1; j < tokens.size() && j <= i + MAX_WORDS_TO_PARTICIPLE; j++) {
                    if (lexicon.isActionParticiple(tokens.get(j))) {
                        return Optional.of(new Reading(JudgedKind.DESCRIPTION,
                                "\"" + token + " ... " + tokens.get(j) + "\" reports what exists or was done"));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
