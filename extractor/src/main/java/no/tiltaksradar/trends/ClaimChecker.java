package no.tiltaksradar.trends;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every sentence before it may be shown as fact, independently of whatever wrote it: each cited measure exists
 * and its quote was verified; each cited passage is from a document of the chosen set and stands verbatim on the page it
 * names; each number equals the figure recomputed from the data (narrative) or stands in a cited text (answer); the
 * cited text holds the sentence's key terms; and, when one is configured, a second judge agrees.
 */
public final class ClaimChecker {
    private final TrendData data;
    private final FigureBook figures;
    private final SupportJudge judge;

    /** @param data the chosen documents and their measures: nothing outside them counts as a source */
    public ClaimChecker(TrendData data, FigureBook figures, SupportJudge judge) {
        this.data = data;
        this.figures = figures;
        this.judge = judge;
    }

    public List<CheckedClaim> check(List<Claim> claims) {
        return claims.stream().map(this::check).toList();
    }

    public CheckedClaim check(Claim claim) {
        List<String> reasons = new ArrayList<>();
        if (claim.citesNothing()) {
            reasons.add("cites nothing");
        }
        claim.unresolved().forEach(u -> reasons.add("cites " + u + ", which names no measure or passage given"));
        StringBuilder cited = new StringBuilder();
        List<String> evidence = new ArrayList<>();
        claim.measureIds().forEach(id -> checkMeasure(id, reasons, cited, evidence));
        claim.passages().forEach(p -> checkPassage(p, reasons, cited, evidence));
        checkNumbers(claim, reasons, evidence);
        checkSupport(claim, cited.toString(), reasons);
        if (reasons.isEmpty()) {
            SupportJudge.Reading reading = judge.judge(claim.text(), evidence);
            if (reading != null && !reading.supported()) {
                reasons.add(reading.judge() + " judges it unsupported: " + reading.reason());
            }
        }
        return new CheckedClaim(claim, reasons.isEmpty(), reasons);
    }

    private void checkMeasure(String id, List<String> reasons, StringBuilder cited, List<String> evidence) {
        Optional<TrendMeasure> found = data.measure(id);
        if (found.isEmpty()) {
            reasons.add("cites measure " + id + ", which does not exist");
            return;
        }
        TrendMeasure m = found.get();
        if (!m.quoteVerified()) {
            reasons.add("cites measure " + id + ", whose quote was not verified");
        }
        evidence.add(m.quote());
        cited.append(' ').append(m.quote()).append(' ').append(m.name()).append(' ').append(data.ministryOf(m)).append(' ')
                .append(String.join(" ", m.actors())).append(' ').append(String.join(" ", m.technology())).append(' ')
                .append(String.join(" ", m.purpose())).append(' ').append(m.document()).append(' ').append(m.kind());
    }

    private void checkPassage(Passage p, List<String> reasons, StringBuilder cited, List<String> evidence) {
        String name = p.fileName() != null ? p.fileName() : p.documentId();
        Optional<TrendDocument> document = Optional.ofNullable(p.documentId()).flatMap(data::document)
                .or(() -> Optional.ofNullable(p.fileName()).flatMap(data::document));
        if (document.isEmpty()) {
            reasons.add("cites a passage of " + name + ", a document outside the chosen set");
            return;
        }
        if (!document.get().hasText()) {
            reasons.add("cites a passage of " + name + ", whose text was not given, so the quote cannot be verified");
            return;
        }
        if (Excerpts.locate(document.get(), p.page(), p.page(), p.text()) != p.page()) {
            reasons.add("cites a quote that does not stand on page " + p.page() + " of " + name);
            return;
        }
        evidence.add(p.text());
        cited.append(' ').append(p.text());
    }

    private void checkNumbers(Claim claim, List<String> reasons, List<String> evidence) {
        List<Integer> years = data.knownYears();
        for (BigDecimal number : Numbers.in(claim.text())) {
            boolean isYear = number.scale() <= 0 && years.contains(number.intValue());
            if (claim.kind() == Claim.Kind.ANSWER) {
                if (!isYear && evidence.stream().noneMatch(e -> Numbers.occursIn(number, e))) {
                    reasons.add("states " + number.toPlainString() + ", which no cited text states");
                }
                continue;
            }
            if (isYear || claim.figures().stream().anyMatch(k -> figures.value(k).filter(v -> Numbers.states(number, v)).isPresent())) {
                continue;
            }
            reasons.add("states " + number.toPlainString() + ", but " + describe(claim.figures()));
        }
        claim.figures().stream().filter(k -> figures.value(k).isEmpty()).forEach(k -> reasons.add("names figure " + k + ", which is not computed"));
    }

    private String describe(List<String> keys) {
        if (keys.isEmpty()) {
            return "the sentence names no computed figure";
        }
        return "the computed figures are " + String.join(", ", keys.stream()
                .map(k -> k + " = " + figures.value(k).map(Numbers::format).orElse("(none)")).toList());
    }

    private static void checkSupport(Claim claim, String cited, List<String> reasons) {
        if (claim.citesNothing() || cited.isBlank()) {
            return;
        }
        boolean declared = claim.keyTerms() != null;
        List<String> terms = declared ? claim.keyTerms() : RuleSupport.keyTermsOf(claim.text());
        List<String> missing = RuleSupport.missing(terms, cited);
        boolean supported = declared ? missing.isEmpty()
                : terms.isEmpty() || terms.size() - missing.size() >= Math.ceil(RuleSupport.DERIVED_THRESHOLD * terms.size());
        if (!supported) {
            reasons.add("the cited text does not hold its key terms " + missing + " (found " + (terms.size() - missing.size())
                    + " of " + terms.size() + ")");
        }
    }
}
