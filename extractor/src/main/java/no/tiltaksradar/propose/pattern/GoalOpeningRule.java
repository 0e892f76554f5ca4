package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;

/**
 * A clause whose subject is a goal noun and whose verb is "er"/"blir" ("Målet er at ...",
 * "Visjonen er ...", "Departementets mål ... er ...", Nynorsk "Målet vårt er") states a desired
 * state: a goal, even when a modal and an action verb follow in the clause it introduces.
 */
final class GoalOpeningRule implements ReadingRule {
    private static final Pattern GOAL_OPENING = Pattern.compile("^(målet|målsettingen|målsettinga|visjonen|ambisjonen|hovedmålet|"
            + "hovudmålet|vårt mål|målet vårt|\\p{L}+s mål)" + WordBoundary.END + ".*" + WordBoundary.whole("er|blir|vert") + ".*",
            Pattern.UNICODE_CASE | Pattern.DOTALL);

    @Override
    public Optional<Verdict> decide(Clause clause) {
        return GOAL_OPENING.matcher(clause.lower().strip()).matches() ? ReadingRule.decided(Verdict.goal(0.6)) : ReadingRule.noOpinion();
    }
}
