package no.tiltaksradar.validate;

import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;

/**
 * "Det stilles krav til ...", "Samtidig må det være krav til tiltakseier om ...": placing a
 * requirement on someone is an act of governance, so a measure, even where the verb is "være".
 * Asked before the state-after-modal rule for that reason.
 */
final class RequirementRule implements KindRule {
    private static final Pattern REQUIREMENT = WordBoundary.wholePattern(
            "(stille|stilles|stillast|være|vere|innføre|innføres|innførast|sette|settes)\\s+(\\p{L}+\\s+)?krav(et)?\\s+(til|om|for)");

    @Override
    public String name() {
        return "places-a-requirement";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        var matcher = REQUIREMENT.matcher(wording.text());
        return matcher.find() ? Optional.of(new Reading(JudgedKind.MEASURE, "\"" + matcher.group() + "\" places a requirement"))
                : Optional.empty();
    }
}
