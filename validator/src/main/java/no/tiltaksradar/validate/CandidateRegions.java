package no.tiltaksradar.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the few windows of document words where an approximate quote most likely stands: each
 * quote word votes, weighted by its rarity, for the diagonal (document position − quote position)
 * of each of its postings; the heaviest diagonal bins become alignment windows. Very common words
 * (more postings than {@link #MAX_POSTINGS}) do not vote, so the cost stays near linear.
 */
final class CandidateRegions {
    private static final int MAX_POSTINGS = 400;
    private static final int WINDOWS = 3;

    private final IndexedDocument document;
    private final List<String> quote;
    private final int binWidth;

    CandidateRegions(IndexedDocument document, List<String> quote) {
        this.document = document;
        this.quote = quote;
        this.binWidth = Math.max(4, quote.size() / 4);
    }

    /** Up to {@link #WINDOWS} windows {@code [fromWord, toWord)}, heaviest first. */
    List<int[]> windows() {
        Map<Integer, Double> votes = votes();
        return votes.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(WINDOWS)
                .map(bin -> window(bin.getKey()))
                .toList();
    }

    private Map<Integer, Double> votes() {
        Map<Integer, Double> votes = new HashMap<>();
        double words = Math.max(1, document.words().size());
        for (int i = 0; i < quote.size(); i++) {
            int[] positions = document.positions(quote.get(i));
            if (positions.length == 0 || positions.length > MAX_POSTINGS) {
                continue;
            }
            double weight = Math.log(1 + words / positions.length);
            for (int position : positions) {
                votes.merge(Math.floorDiv(position - i, binWidth), weight, Double::sum);
            }
        }
        return votes;
    }

    private int[] window(int bin) {
        int slack = quote.size() / 2 + 2;
        int from = Math.max(0, bin * binWidth - slack);
        int to = Math.min(document.words().size(), bin * binWidth + binWidth + quote.size() + slack);
        return new int[] {from, to};
    }
}
