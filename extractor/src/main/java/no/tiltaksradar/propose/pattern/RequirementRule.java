package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;

/**
 * "Det bør stilles krav til ...", "Samtidig må det være krav til tiltakseier om ...": a formal
 * subject with a modal that sets a requirement. A requirement is an instrument someone must put
 * in place, so the clause is a measure even with "må", which in other prose only states a need.
 */
final class RequirementRule implements ReadingRule {
    private static final Pattern REQUIREMENT = Pattern.compile(WordBoundary.START + "(?:det\\s+(?:skal|bør|må|lyt)|(?:skal|bør|må|lyt)\\s+det)"
            + "\\s+(?:\\p{L}+\\s+)?(?:være|vere|stilles|stillast|settes|setjast|innføres|innførast)\\s+(?:\\p{L}+\\s+)?krav" + WordBoundary.END,
            Pattern.UNICODE_CASE);

    @Override
    public Optional<Verdict> decide(Clause clause) {
        return REQUIREMENT.matcher(clause.lower()).find() ? ReadingRule.decided(Verdict.measure(0.6)) : ReadingRule.noOpinion();
    }
}
