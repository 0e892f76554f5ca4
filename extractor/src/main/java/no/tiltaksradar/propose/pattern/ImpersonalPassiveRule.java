package no.tiltaksradar.propose.pattern;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;

/**
 * "Det etableres ...", "Det opprettast ...": a clause that opens with a formal subject and the
 * present s-passive of a verb of starting or making announces that something will be set up,
 * leaving the actor open. Bokmål -es and Nynorsk -ast forms. Other verbs in this frame ("Det
 * brukes ...", "Det deles ...") describe current practice, so only verbs of starting count.
 */
final class ImpersonalPassiveRule implements ReadingRule {
    /** Verbs of starting or making: the s-passive of these announces a new undertaking. */
    private static final Set<String> STARTING = Set.of("etablere", "opprette", "utarbeide", "utvikle", "igangsette", "setje i gang",
            "gjennomføre", "innføre", "lansere", "starte", "utgreie", "utrede", "bygge", "byggje", "lage");
    private final Pattern opening;

    ImpersonalPassiveRule() {
        Set<String> passives = new LinkedHashSet<>();
        for (String verb : STARTING) {
            if (!verb.contains(" ")) {
                passives.add(verb + "s");
                passives.add(verb.substring(0, verb.length() - 1) + "ast");
            }
        }
        this.opening = Pattern.compile("^(det|dette)\\s+(" + String.join("|", passives) + ")" + WordBoundary.END + ".*",
                Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    @Override
    public Optional<Verdict> decide(Clause clause) {
        return opening.matcher(clause.lower().strip()).matches() ? ReadingRule.decided(Verdict.measure(0.6)) : ReadingRule.noOpinion();
    }
}
