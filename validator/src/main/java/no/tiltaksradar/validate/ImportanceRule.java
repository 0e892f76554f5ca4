package no.tiltaksradar.validate;

import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * "Det er viktig at alle virksomheter deler data", "det er behov for ...": an evaluative frame
 * says what would be good, with the formal subject "det" standing where an actor would stand.
 * No one is committed, so at most it states a desired state (a goal), never a measure. The frame
 * must open the quote or a clause of it; further in, it only explains a measure's reason.
 */
final class ImportanceRule implements KindRule {
    private static final int MAX_TOKENS_BEFORE_FRAME = 3;
    private final Lexicon lexicon;

    ImportanceRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "evaluative-frame";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        var matcher = lexicon.pattern(WordClass.IMPORTANCE).matcher(wording.text());
        if (matcher.find() && wording.tokenAt(matcher.start()) <= MAX_TOKENS_BEFORE_FRAME) {
            return Optional.of(new Reading(JudgedKind.GOAL, "\"" + matcher.group() + "\" says what is desirable, not who acts"));
        }
        return Optional.empty();
    }
}
