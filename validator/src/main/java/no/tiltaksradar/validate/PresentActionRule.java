package no.tiltaksradar.validate;

import java.util.Optional;
import no.tiltaksradar.language.Lexicon;

/**
 * "Digdir videreutvikler oversikten ...", "Det etableres en nettversjon ...", "KS utarbeider
 * planer ...": a strategy's author reports its own work in hand in the present tense or the
 * s-passive, and strategies state their own measures that way. Asked after every goal and
 * description rule, so "er etablert" (done) and "skal være" (a state) never reach it. The active
 * present also describes standing tasks ("Sektoren forvalter store mengder data"), so it counts
 * only with a named actor as subject: an acronym ("KS") or a name without the definite ending of a
 * common noun ("Digdir", not "Sektoren") — a heuristic that misses names like "Skatteetaten".
 */
final class PresentActionRule implements KindRule {
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}{2,}\\p{L}*|\\p{Lu}\\p{Ll}+(?<!en|et|ene|ane|a|ne|te)");
    private final Lexicon lexicon;

    PresentActionRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "action-in-hand";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        int verb = wording.finiteActionVerb(lexicon);
        if (verb < 0) {
            return Optional.empty();
        }
        String form = wording.tokens().get(verb);
        boolean passive = form.endsWith("s") || form.endsWith("ast");
        if (!passive && !namedSubject(quote.quote())) {
            return Optional.empty();
        }
        return Optional.of(new Reading(JudgedKind.MEASURE, "\"" + form + "\" is an action in hand"));
    }

    private static boolean namedSubject(String quote) {
        String first = quote.strip().split("[\\s,]+", 2)[0];
        return NAME.matcher(first).matches();
    }
}
