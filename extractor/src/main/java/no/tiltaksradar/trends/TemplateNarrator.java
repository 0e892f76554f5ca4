package no.tiltaksradar.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the narrative from templates over the aggregates and theme shifts, with no model: each sentence names the
 * figures it states and cites the measures it counts (or the passages of a theme).
 */
public final class TemplateNarrator implements Narrator {
    static final int TOP = 5;
    static final int THEMES_EACH_WAY = 3;
    private final Templates templates = new Templates();

    @Override
    public Narrative write(TrendData data, Aggregates a, ThemeAnalysis themes) {
        List<Narrative.Section> sections = new ArrayList<>();
        sections.add(section("section.scope", scope(data, a)));
        sections.add(section("section.actors", actors(a)));
        sections.add(section("section.technology", technology(a)));
        sections.add(section("section.time", time(a)));
        if (themes != null && themes.hasPeriods()) {
            sections.add(section("section.themes", themes(themes)));
        }
        return new Narrative("template", sections.stream().filter(s -> !s.claims().isEmpty()).toList());
    }

    private Narrative.Section section(String key, List<Claim> claims) {
        return new Narrative.Section(templates.fill(key, Map.of()), claims);
    }

    private List<Claim> scope(TrendData data, Aggregates a) {
        List<Claim> claims = new ArrayList<>();
        List<String> onePerDocument = a.byDocument().buckets().stream().filter(b -> b.count() > 0).map(b -> b.measureIds().get(0)).toList();
        claims.add(claim("overview", values("measures", a.measures(), "documents", a.documents()), onePerDocument,
                List.of("measures", "documents"), List.of()));
        for (Tally.Bucket b : a.byDocument().buckets()) {
            if (b.count() > 0) {
                claims.add(claim("document", values("document", b.key(), "count", b.count()), b.measureIds(),
                        List.of("document:" + b.key()), List.of(b.key())));
            }
        }
        if (a.documentsWithoutMeasures().isEmpty()) {
            claims.add(claim("allHaveMeasures", values("documents", a.documents()), onePerDocument, List.of("documents"), List.of()));
        } else {
            // what such a document does state (its verified goals) is the evidence that it was read and holds no measure
            List<String> goals = data.measures().stream().filter(m -> m.verified() && !m.isMeasure()
                    && a.documentsWithoutMeasures().contains(m.document())).map(TrendMeasure::id).limit(TOP).toList();
            claims.add(claim("someWithout", values("without", a.documentsWithoutMeasures().size(), "documents", a.documents(),
                    "share", Aggregates.share(a.documentsWithoutMeasures().size(), a.documents()),
                    "names", String.join(", ", a.documentsWithoutMeasures().stream().map(n -> "«" + n + "»").toList())), goals,
                    List.of("documents-without-measures", "documents", "share-documents-without-measures"), List.of()));
        }
        return claims;
    }

    private List<Claim> actors(Aggregates a) {
        List<Claim> claims = new ArrayList<>();
        a.byMinistry().buckets().stream().filter(b -> !b.key().equals(TrendData.UNKNOWN)).limit(TOP).forEach(b -> claims.add(
                claim("ministry", values("ministry", b.key(), "count", b.count()), b.measureIds(), List.of("ministry:" + b.key()),
                        List.of(b.key()))));
        a.byAgency().buckets().stream().limit(TOP).forEach(b -> claims.add(claim("agency", values("agency", b.key(), "count", b.count()),
                b.measureIds(), List.of("agency:" + b.key()), List.of(b.key()))));
        if (!a.collaborative().isEmpty()) {
            claims.add(claim("collaborative", values("count", a.collaborative().size(), "measures", a.measures(), "share",
                    Aggregates.share(a.collaborative().size(), a.measures())), a.collaborative(),
                    List.of("collaborative", "measures", "share-collaborative"), List.of()));
        }
        return claims;
    }

    private List<Claim> technology(Aggregates a) {
        List<Claim> claims = new ArrayList<>();
        a.byTechnology().buckets().forEach(b -> claims.add(claim("technology", values("technology", b.key(), "count", b.count()),
                b.measureIds(), List.of("technology:" + b.key()), List.of(b.key()))));
        a.byPurpose().buckets().stream().limit(TOP).forEach(b -> claims.add(claim("purpose", values("purpose", b.key(), "count", b.count()),
                b.measureIds(), List.of("purpose:" + b.key()), List.of(b.key()))));
        return claims;
    }

    private List<Claim> time(Aggregates a) {
        List<Claim> claims = new ArrayList<>();
        a.byYear().buckets().stream().filter(b -> !b.key().equals(TrendData.UNKNOWN)).forEach(b -> claims.add(
                claim("year", values("year", b.key(), "count", b.count()), b.measureIds(), List.of("year:" + b.key()), List.of())));
        a.deadlinesByYear().buckets().forEach(b -> claims.add(claim("deadline", values("year", b.key(), "count", b.count()),
                b.measureIds(), List.of("deadline:" + b.key()), List.of())));
        return claims;
    }

    private List<Claim> themes(ThemeAnalysis t) {
        List<ThemeShift> shifts = t.shifts().stream().filter(s -> !s.evidence().isEmpty()).toList();
        List<Claim> claims = new ArrayList<>();
        shifts.stream().filter(s -> s.z() > 0).limit(THEMES_EACH_WAY).forEach(s -> claims.add(theme("themeRose", s, t)));
        shifts.reversed().stream().filter(s -> s.z() < 0).limit(THEMES_EACH_WAY).forEach(s -> claims.add(theme("themeFell", s, t)));
        return claims;
    }

    private Claim theme(String key, ThemeShift s, ThemeAnalysis t) {
        String id = s.theme().id();
        Map<String, Object> values = values("theme", s.theme().label(), "early", round1(s.ratePerThousandEarly()),
                "late", round1(s.ratePerThousandLate()), "earlyPeriod", t.earlyLabel(), "latePeriod", t.lateLabel(), "z", round1(s.z()));
        return Claim.narrative(templates.fill(key, values), List.of(), s.evidence(),
                List.of("theme-rate-early:" + id, "theme-rate-late:" + id, "theme-z:" + id), matchedTerms(s));
    }

    // the terms the evidence names: each passage holds one, so the rule check can find them all
    private static List<String> matchedTerms(ThemeShift s) {
        List<String> terms = new ArrayList<>();
        for (Passage p : s.evidence()) {
            for (String term : s.theme().terms()) {
                if (new TermMatcher(List.of(term)).count(p.text()) > 0) {
                    String plain = term.replace("*", "");
                    if (!terms.contains(plain)) {
                        terms.add(plain);
                    }
                    break;
                }
            }
        }
        return terms;
    }

    // half-up on the decimal value, as the checker rounds (Math.round would take -2.45 to -2.4)
    private static double round1(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private Claim claim(String key, Map<String, Object> values, List<String> measureIds, List<String> figures, List<String> keyTerms) {
        return Claim.narrative(templates.fill(key, values), measureIds, List.of(), figures, keyTerms);
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }
}
