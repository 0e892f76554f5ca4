package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;

/**
 * Kind cases made from the gold files, each submitted as a measure: gold goals as they stand,
 * gold measures as they stand (to be kept), gold measures and goals rewritten into a potential
 * ("skal etablere" -> "vil kunne etablere", "kan etablere") and measures into a report of the
 * past ("har etablert"), each in the first sentence and in a main clause.
 * The rewrites use their own small regex, not the judge's lexicon, so the judge is not graded
 * against itself.
 */
final class KindCases {
    /** What a case is, and so what the judge must not answer. */
    enum Kind { GOAL, POTENTIAL, DESCRIPTION, TRUE_MEASURE }

    record Case(Kind kind, CandidateMeasure source, String quote) {
    }

    private static final Pattern MODAL_THEN_INFINITIVE = Pattern.compile(
            "(?<![\\p{L}])(?<!(?:som|at) )(skal|vil|bør|må)(\\s+)(\\p{Ll}{3,}e)(?=\\s)");

    private KindCases() {
    }

    static List<Case> of(List<CandidateMeasure> gold) {
        List<Case> cases = new ArrayList<>();
        for (CandidateMeasure record : gold) {
            if (record.kind() == MeasureKind.GOAL) {
                cases.add(new Case(Kind.GOAL, record, record.quote()));
                potential(record.quote(), "vil kunne").ifPresent(q -> cases.add(new Case(Kind.POTENTIAL, record, q)));
                continue;
            }
            cases.add(new Case(Kind.TRUE_MEASURE, record, record.quote()));
            potential(record.quote(), "vil kunne").ifPresent(q -> cases.add(new Case(Kind.POTENTIAL, record, q)));
            potential(record.quote(), "kan").ifPresent(q -> cases.add(new Case(Kind.POTENTIAL, record, q)));
            description(record.quote()).ifPresent(q -> cases.add(new Case(Kind.DESCRIPTION, record, q)));
        }
        return cases;
    }

    // only in the first sentence: a later sentence of a multi-sentence measure rewritten does not change what the item is
    private static Matcher firstSentence(String quote) {
        int end = quote.indexOf(". ");
        return MODAL_THEN_INFINITIVE.matcher(quote).region(0, end < 0 ? quote.length() : end);
    }

    private static Optional<String> potential(String quote, String modal) {
        Matcher matcher = firstSentence(quote);
        return matcher.find() ? Optional.of(quote.substring(0, matcher.start()) + modal + matcher.group(2) + matcher.group(3)
                + quote.substring(matcher.end())) : Optional.empty();
    }

    // "skal etablere" -> "har etablert", "vil utvikle" -> "har utviklet"
    private static Optional<String> description(String quote) {
        Matcher matcher = firstSentence(quote);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String infinitive = matcher.group(3);
        String stem = infinitive.substring(0, infinitive.length() - 1);
        String participle = infinitive.endsWith("ere") || stem.endsWith("r") ? stem + "t" : stem + "et";
        return Optional.of(quote.substring(0, matcher.start()) + "har" + matcher.group(2) + participle + quote.substring(matcher.end()));
    }
}
