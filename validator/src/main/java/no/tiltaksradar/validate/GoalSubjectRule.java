package no.tiltaksradar.validate;

import java.util.List;
import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * "Målet er at ...", "Departementets mål med strategien er at ...", "Vår visjon er ...": the
 * sentence's subject is a goal or vision noun and its verb a copula, so it defines a desired
 * state however active the words after "at" sound.
 */
final class GoalSubjectRule implements KindRule {
    private static final int MAX_SUBJECT_WORDS = 6;
    private static final List<String> COPULAS = List.of("er", "blir", "vert", "var");
    private final Lexicon lexicon;

    GoalSubjectRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "goal-as-subject";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        List<String> tokens = wording.tokens();
        for (int i = 0; i < Math.min(tokens.size(), MAX_SUBJECT_WORDS); i++) {
            if (lexicon.contains(WordClass.GOAL, tokens.get(i))) {
                for (int j = i + 1; j < tokens.size() && j <= i + MAX_SUBJECT_WORDS; j++) {
                    if (COPULAS.contains(tokens.get(j))) {
                        return Optional.of(new Reading(JudgedKind.GOAL,
                                "\"" + tokens.get(i) + " ... " + tokens.get(j) + "\" defines a goal"));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
