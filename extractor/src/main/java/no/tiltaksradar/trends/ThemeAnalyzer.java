package no.tiltaksradar.trends;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts each theme's terms in the full text of documents with a known year, per year and normalised by length,
 * compares the early half of the years with the late half by {@link LogOdds}, and finds evidence passages through
 * retrieval scoped to one document at a time, merged across documents.
 */
public final class ThemeAnalyzer {
    /** alpha_0: with tens of thousands of words per period, a prior of this mass moves only thinly attested themes. */
    public static final double PRIOR_MASS = 1000;
    private static final int HITS_PER_DOCUMENT = 3;
    private static final int EVIDENCE = 3;

    private final List<Theme> themes;
    private final PassageSearch search;

    public ThemeAnalyzer(List<Theme> themes, PassageSearch search) {
        this.themes = List.copyOf(themes);
        this.search = search;
    }

    public ThemeAnalysis analyze(TrendData data) throws IOException {
        List<TrendDocument> dated = data.documents().stream().filter(d -> d.hasText() && d.year() != null).toList();
        Map<Integer, Integer> words = new TreeMap<>();
        Map<String, Map<Integer, Integer>> hits = new LinkedHashMap<>();
        for (TrendDocument d : dated) {
            String text = d.text();
            words.merge(d.year(), TermMatcher.words(text).size(), Integer::sum);
            for (Theme theme : themes) {
                hits.computeIfAbsent(theme.id(), k -> new TreeMap<>()).merge(d.year(), new TermMatcher(theme.terms()).count(text), Integer::sum);
            }
        }
        List<Integer> years = new ArrayList<>(words.keySet());
        int split = (years.size() + 1) / 2; // the early period takes the middle year of an odd count
        List<Integer> early = years.size() < 2 ? List.of() : years.subList(0, split);
        List<Integer> late = years.size() < 2 ? List.of() : years.subList(split, years.size());
        List<ThemeShift> shifts = new ArrayList<>();
        for (Theme theme : themes) {
            Map<Integer, Integer> perYear = hits.getOrDefault(theme.id(), Map.of());
            shifts.add(shift(theme, perYear, words, early, late, evidence(theme, dated)));
        }
        shifts.sort(Comparator.comparingDouble(ThemeShift::z).reversed());
        return new ThemeAnalysis(List.copyOf(early), List.copyOf(late), rates(hits, words), words, shifts, PRIOR_MASS);
    }

    private static ThemeShift shift(Theme theme, Map<Integer, Integer> hits, Map<Integer, Integer> words, List<Integer> early,
                                    List<Integer> late, List<Passage> evidence) {
        int hitsEarly = sum(hits, early);
        int hitsLate = sum(hits, late);
        int wordsEarly = sum(words, early);
        int wordsLate = sum(words, late);
        LogOdds odds = LogOdds.of(hitsLate, wordsLate, hitsEarly, wordsEarly, PRIOR_MASS);
        return new ThemeShift(theme, hitsEarly, wordsEarly, hitsLate, wordsLate, perThousand(hitsEarly, wordsEarly),
                perThousand(hitsLate, wordsLate), odds.delta(), odds.z(), evidence);
    }

    /** Hits per 1,000 words, unrounded: the report rounds when it writes. */
    public static double perThousand(int hits, int words) {
        return words == 0 ? 0 : 1000.0 * hits / words;
    }

    private static int sum(Map<Integer, Integer> counts, List<Integer> years) {
        return years.stream().mapToInt(y -> counts.getOrDefault(y, 0)).sum();
    }

    private static Map<String, Map<Integer, Double>> rates(Map<String, Map<Integer, Integer>> hits, Map<Integer, Integer> words) {
        Map<String, Map<Integer, Double>> rates = new LinkedHashMap<>();
        hits.forEach((theme, perYear) -> {
            Map<Integer, Double> r = new TreeMap<>();
            words.forEach((year, n) -> r.put(year, perThousand(perYear.getOrDefault(year, 0), n)));
            rates.put(theme, r);
        });
        return rates;
    }

    /**
     * The best passages naming the theme: each document searched on its own, the sentence around the first term in each
     * hit cut out verbatim and located on its page; then the documents' passages merged, one per document first.
     */
    private List<Passage> evidence(Theme theme, List<TrendDocument> documents) throws IOException {
        TermMatcher matcher = new TermMatcher(theme.terms());
        List<List<Passage>> perDocument = new ArrayList<>();
        for (TrendDocument d : documents) {
            List<Passage> found = new ArrayList<>();
            for (PassageSearch.Hit hit : search.search(d.id(), theme.query(), HITS_PER_DOCUMENT)) {
                List<Integer> at = matcher.matches(hit.text());
                if (at.isEmpty()) {
                    continue;
                }
                String excerpt = Excerpts.oneLine(Excerpts.sentenceAround(hit.text(), at.get(0)));
                int page = Excerpts.locate(d, hit.pageStart(), hit.pageEnd(), excerpt);
                if (page > 0) {
                    found.add(new Passage(d.id(), d.fileName(), page, d.page(page).map(TrendDocument.PageText::label).orElse(null),
                            excerpt, hit.score()));
                }
            }
            perDocument.add(found);
        }
        return merge(perDocument);
    }

    private static List<Passage> merge(List<List<Passage>> perDocument) {
        List<Passage> firsts = new ArrayList<>();
        List<Passage> rest = new ArrayList<>();
        for (List<Passage> found : perDocument) {
            for (int i = 0; i < found.size(); i++) {
                (i == 0 ? firsts : rest).add(found.get(i));
            }
        }
        Comparator<Passage> best = Comparator.comparingDouble(Passage::score).reversed();
        firsts.sort(best);
        rest.sort(best);
        List<Passage> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Passage p : concat(firsts, rest)) {
            if (merged.size() < EVIDENCE && seen.add(p.documentId() + "|" + p.page() + "|" + p.text())) {
                merged.add(p);
            }
        }
        return merged;
    }

    private static List<Passage> concat(List<Passage> a, List<Passage> b) {
        List<Passage> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
