package no.tiltaksradar.trends;

import java.util.List;

/**
 * One sentence of a narrative or an answer with what it cites, before it is checked.
 *
 * @param measureIds ids of cited measures
 * @param passages cited excerpts, each naming its document and page
 * @param unresolved citations the sentence gave that name nothing we know (e.g. a passage id never handed out)
 * @param figures keys of the computed figures the sentence's numbers state (see {@link FigureBook}); narrative only
 * @param keyTerms the words the citations must all contain for the sentence to count as supported; empty when the sentence
 *        states only counts of what it cites; null to take them from the sentence's own words
 */
public record Claim(String text, Kind kind, List<String> measureIds, List<Passage> passages, List<String> unresolved,
                    List<String> figures, List<String> keyTerms) {

    /** A narrative sentence states computed figures; an answer sentence states what the passages say. */
    public enum Kind { NARRATIVE, ANSWER }

    public Claim {
        measureIds = List.copyOf(measureIds);
        passages = List.copyOf(passages);
        unresolved = List.copyOf(unresolved);
        figures = List.copyOf(figures);
        keyTerms = keyTerms == null ? null : List.copyOf(keyTerms);
    }

    public static Claim narrative(String text, List<String> measureIds, List<Passage> passages, List<String> figures,
                                  List<String> keyTerms) {
        return new Claim(text, Kind.NARRATIVE, measureIds, passages, List.of(), figures, keyTerms);
    }

    public static Claim answer(String text, List<Passage> passages) {
        return new Claim(text, Kind.ANSWER, List.of(), passages, List.of(), List.of(), null);
    }

    public boolean citesNothing() {
        return measureIds.isEmpty() && passages.isEmpty() && unresolved.isEmpty();
    }
}
