package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;

/**
 * "Norge bør bevege seg mot ...", "Sektoren skal arbeide mot ...", "Kommunane skal ha som mål å
 * ...": a modal with a verb of heading towards, or "ha som mål", names a direction or end state to
 * reach, not a deliverable; a goal.
 */
final class DirectionGoalRule implements ReadingRule {
    private static final Pattern DIRECTION = Pattern.compile(WordBoundary.whole("skal|vil|bør|må") + "\\s+(?:\\p{L}+\\s+)?"
            + "(?:bevege\\s+seg\\s+mot|røre\\s+seg\\s+mot|arbeide\\s+mot|arbeide\\s+fram\\s+mot|jobbe\\s+mot|strekke\\s+seg\\s+mot|"
            + "ha\\s+som\\s+mål|ha\\s+som\\s+ambisjon|ha\\s+som\\s+målsetting)" + WordBoundary.END, Pattern.UNICODE_CASE);

    @Override
    public Optional<Verdict> decide(Clause clause) {
        return DIRECTION.matcher(clause.lower()).find() ? ReadingRule.decided(Verdict.goal(0.6)) : ReadingRule.noOpinion();
    }
}
