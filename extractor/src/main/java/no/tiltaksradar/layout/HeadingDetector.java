package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextLine;

/**
 * Tells headings from body text by typography: a short line set larger than the document's body
 * size, or bold at body size, that does not end like a sentence. Larger sizes are higher levels.
 */
final class HeadingDetector {
    private static final float LARGER = 1.12f;
    private static final int MAX_HEADING_CHARS = 140;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;:!?]$");
    private static final Pattern LIST_MARKER = Pattern.compile("^([•◆▪–\\-*]|[ivx]{1,5}\\.|[a-z]\\)|\\d+[.)])\\s.*");

    private final float bodySize;
    private final List<Float> headingSizes;

    HeadingDetector(SourceDocument document) {
        this.bodySize = bodySize(document);
        this.headingSizes = headingSizes(document, bodySize);
    }

    /** 0 for body text, else the heading level (1 = largest size in the document). */
    int levelOf(Page page, TextLine line) {
        String text = line.text(page).strip();
        if (!looksLikeHeading(text, line)) {
            return 0;
        }
        int rank = headingSizes.indexOf(line.fontSize());
        return rank >= 0 ? rank + 1 : headingSizes.size() + 1;
    }

    private boolean looksLikeHeading(String text, TextLine line) {
        boolean larger = line.fontSize() >= bodySize * LARGER;
        // "1. Sammendrag" set large is a numbered heading; at body size it is a list item
        if (text.isEmpty() || text.length() > MAX_HEADING_CHARS || SENTENCE_END.matcher(text).matches()
                || (!larger && LIST_MARKER.matcher(text).matches()) || !Character.isLetterOrDigit(text.codePointAt(0))) {
            return false;
        }
        return line.fontSize() >= bodySize * LARGER || (line.bold() && line.fontSize() >= bodySize * 0.95f);
    }

    /** The font size that carries most characters: the body text. */
    private static float bodySize(SourceDocument document) {
        java.util.Map<Float, Integer> charsBySize = new java.util.HashMap<>();
        for (Page page : document.pages()) {
            for (TextLine line : page.lines()) {
                charsBySize.merge(line.fontSize(), line.end() - line.start(), Integer::sum);
            }
        }
        return charsBySize.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(0f);
    }

    private static List<Float> headingSizes(SourceDocument document, float bodySize) {
        TreeSet<Float> sizes = new TreeSet<>(Comparator.reverseOrder());
        for (Page page : document.pages()) {
            for (TextLine line : page.lines()) {
                if (line.fontSize() >= bodySize * LARGER && !page.isBoilerplate(line.start())) {
                    sizes.add(line.fontSize());
                }
            }
        }
        List<Float> ordered = new ArrayList<>(sizes);
        ordered.add(bodySize); // bold body-size headings are the lowest level
        return ordered;
    }
}
