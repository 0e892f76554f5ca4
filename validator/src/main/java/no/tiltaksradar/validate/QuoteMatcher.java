package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quote in an {@link IndexedDocument}: first every place whose normalised text equals
 * the normalised quote (anchored on the quote's rarest word, so the cost is that word's postings),
 * then, only if there is none, the closest approximate span by word alignment in a few windows
 * chosen by {@link CandidateRegions}. Never scans the whole document per quote.
 */
public final class QuoteMatcher {
    private final TextNormalizer normalizer;
    private final WordAligner aligner = new WordAligner();

    public QuoteMatcher(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public QuoteMatch find(IndexedDocument document, String quote) {
        String normalizedQuote = normalizer.normalize(quote).text();
        WordTokens quoteWords = WordTokens.of(normalizedQuote);
        if (quoteWords.size() == 0) {
            return new QuoteMatch(List.of(), null);
        }
        List<QuoteMatch.Occurrence> occurrences = occurrences(document, quote, normalizedQuote, quoteWords);
        return new QuoteMatch(occurrences, occurrences.isEmpty() ? closest(document, quoteWords) : null);
    }

    private List<QuoteMatch.Occurrence> occurrences(IndexedDocument document, String quote, String normalizedQuote,
                                                    WordTokens quoteWords) {
        int anchor = rarestWord(document, quoteWords);
        int lead = quoteWords.start()[0];
        List<QuoteMatch.Occurrence> found = new ArrayList<>();
        for (int position : document.positions(quoteWords.word(anchor))) {
            int firstWord = position - anchor;
            int from = firstWord < 0 ? -1 : document.words().start()[firstWord] - lead;
            if (from >= 0 && equalsAt(document.normalized().text(), from, normalizedQuote)) {
                found.add(occurrence(document, quote, from, from + normalizedQuote.length()));
            }
        }
        return found;
    }

    private static int rarestWord(IndexedDocument document, WordTokens quoteWords) {
        int rarest = 0;
        for (int i = 1; i < quoteWords.size(); i++) {
            if (document.positions(quoteWords.word(i)).length < document.positions(quoteWords.word(rarest)).length) {
                rarest = i;
            }
        }
        return rarest;
    }

    // the span must also end at a word boundary, so "skal etablere" never matches inside "skal etablerer"
    private static boolean equalsAt(String text, int from, String quote) {
        int to = from + quote.length();
        if (to > text.length()) {
            return false;
        }
        boolean endsAtBoundary = to == text.length() || !Character.isLetterOrDigit(text.charAt(to))
                || !Character.isLetterOrDigit(quote.charAt(quote.length() - 1));
        return text.regionMatches(from, quote, 0, quote.length()) && endsAtBoundary;
    }

    private static QuoteMatch.Occurrence occurrence(IndexedDocument document, String quote, int from, int to) {
        int start = document.normalized().originalStart(from);
        int end = document.normalized().originalEnd(to);
        return new QuoteMatch.Occurrence(start, end, document.text().substring(start, end).equals(quote));
    }

    private QuoteMatch.Approximation closest(IndexedDocument document, WordTokens quoteWords) {
        QuoteMatch.Approximation best = null;
        for (int[] window : new CandidateRegions(document, quoteWords.words()).windows()) {
            QuoteMatch.Approximation candidate = approximate(document, quoteWords, window[0], window[1]);
            if (candidate != null && (best == null || candidate.score() > best.score())) {
                best = candidate;
            }
        }
        return best;
    }

    private QuoteMatch.Approximation approximate(IndexedDocument document, WordTokens quoteWords, int from, int to) {
        if (to <= from) {
            return null;
        }
        WordAligner.Alignment alignment = aligner.align(quoteWords.words(), document.words(), from, to);
        if (alignment.endWord() <= alignment.startWord()) {
            return null;
        }
        int spanWords = alignment.endWord() - alignment.startWord();
        double score = Math.max(0, 1.0 - (double) alignment.distance() / Math.max(quoteWords.size(), spanWords));
        NormalizedText normalized = document.normalized();
        int start = normalized.originalStart(document.words().start()[alignment.startWord()]);
        int end = normalized.originalEnd(document.words().end()[alignment.endWord() - 1]);
        return new QuoteMatch.Approximation(start, end, score);
    }
}
