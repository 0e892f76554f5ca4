package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;

/**
 * One document prepared once for many quotes: its text, the normalised text with origins, its
 * words and an inverted index word → word positions. Lookups then cost about the postings of a
 * quote's words, not the document's length.
 */
public final class IndexedDocument {
    private final SourceDocument document;
    private final String text;
    private final NormalizedText normalized;
    private final WordTokens words;
    private final Map<String, int[]> postings;

    public IndexedDocument(SourceDocument document, TextNormalizer normalizer) {
        this.document = document;
        this.text = document.text();
        boolean[] boilerplate = boilerplateMask(document, text.length());
        this.normalized = normalizer.normalize(text, i -> boilerplate[i]);
        this.words = WordTokens.of(normalized.text());
        this.postings = invert(words);
    }

    // running headers and footers read as whitespace, so a quote that runs over a page break still matches
    private static boolean[] boilerplateMask(SourceDocument document, int length) {
        boolean[] mask = new boolean[length];
        for (Page page : document.pages()) {
            page.boilerplate().forEach(span -> {
                for (int i = span.start(); i < span.end() && page.offset() + i < length; i++) {
                    mask[page.offset() + i] = true;
                }
            });
        }
        return mask;
    }

    private static Map<String, int[]> invert(WordTokens words) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            lists.computeIfAbsent(words.word(i), w -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> result = new HashMap<>(lists.size() * 2);
        lists.forEach((word, positions) -> result.put(word, positions.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    public SourceDocument document() {
        return document;
    }

    /** The document text as {@link SourceDocument#text()} gives it, built once. */
    public String text() {
        return text;
    }

    NormalizedText normalized() {
        return normalized;
    }

    WordTokens words() {
        return words;
    }

    int[] positions(String word) {
        return postings.getOrDefault(word, new int[0]);
    }

    /** Physical page holding a document offset; a separator counts to the page after it. */
    Page pageAt(int offset) {
        return document.pageAt(offset).or(() -> document.pageAt(offset + 1))
                .orElse(document.pages().get(document.pages().size() - 1));
    }
}
