package no.tiltaksradar.validate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Removes text artefacts only: ligatures and compatibility forms (NFKC), typographic quotes and
 * dashes, case, line-break hyphenation, runs of whitespace, hyphens inside compounds, and footnote
 * markers glued to a word ("gjennomføringskraft1", "kraft¹"). Nothing
 * here may change a word, a number or a name, so two texts equal after normalising differ in
 * artefacts alone. Each step is one pass that keeps every character's origin.
 */
public final class TextNormalizer {
    // a hyphen at a line end before one of these is a suspended compound ("informasjons- og"), not hyphenation
    private static final Set<String> SUSPENSION_WORDS = Set.of("og", "eller", "samt", "enn", "som");

    public NormalizedText normalize(String text) {
        return normalize(text, i -> false);
    }

    /** @param ignored original offsets to read as whitespace (running headers and footers) */
    public NormalizedText normalize(String text, IntPredicate ignored) {
        NormalizedText folded = foldCharacters(text, ignored);
        return FootnoteMarkers.drop(dropCompoundHyphens(collapseWhitespace(joinHyphenatedLineBreaks(folded))));
    }

    /** NFKC (ligatures, NBSP, full-width forms), quotes and dashes to ASCII, lower case; origins kept. */
    NormalizedText foldCharacters(String text, IntPredicate ignored) {
        NormalizedText.Builder out = new NormalizedText.Builder();
        int i = 0;
        while (i < text.length()) {
            int next = clusterEnd(text, i);
            String cluster = ignored.test(i) ? " " : Normalizer.normalize(text.substring(i, next), Normalizer.Form.NFKC);
            for (char c : cluster.toLowerCase(Locale.ROOT).toCharArray()) {
                char folded = foldPunctuation(c);
                if (folded != 0) {
                    out.append(folded, i, next);
                }
            }
            i = next;
        }
        return out.build();
    }

    // a base character with its combining marks, so NFKC can compose "a" + ring into "å"
    private static int clusterEnd(String text, int i) {
        int next = i + Character.charCount(text.codePointAt(i));
        while (next < text.length() && Character.getType(text.charAt(next)) == Character.NON_SPACING_MARK) {
            next++;
        }
        return next;
    }

    /** @return the folded character, or 0 to drop it (soft hyphen, zero-width characters) */
    static char foldPunctuation(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF' -> 0;
            default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? (c == '\n' || c == '\f' || c == '\r' ? '\n' : ' ') : c;
        };
    }

    /** "informa-\nsjon" becomes "informasjon": a hyphen between letters followed by a line break. */
    NormalizedText joinHyphenatedLineBreaks(NormalizedText in) {
        String t = in.text();
        NormalizedText.Builder out = new NormalizedText.Builder();
        int i = 0;
        while (i < t.length()) {
            int resume = i > 0 && t.charAt(i) == '-' && Character.isLetter(t.charAt(i - 1)) ? hyphenationEnd(t, i + 1) : -1;
            if (resume < 0) {
                out.copy(in, i++);
            } else {
                i = resume;
            }
        }
        return out.build();
    }

    // where the next word starts when whitespace with a line break follows, else -1
    private static int hyphenationEnd(String t, int i) {
        int j = i;
        boolean lineBreak = false;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\n')) {
            lineBreak |= t.charAt(j++) == '\n';
        }
        if (!lineBreak || j >= t.length() || !Character.isLetter(t.charAt(j))) {
            return -1;
        }
        int wordEnd = j;
        while (wordEnd < t.length() && Character.isLetter(t.charAt(wordEnd))) {
            wordEnd++;
        }
        return SUSPENSION_WORDS.contains(t.substring(j, wordEnd)) ? -1 : j;
    }

    /** Every whitespace run becomes one space; none at the start or end. */
    NormalizedText collapseWhitespace(NormalizedText in) {
        String t = in.text();
        NormalizedText.Builder out = new NormalizedText.Builder();
        for (int i = 0; i < t.length(); i++) {
            boolean space = t.charAt(i) == ' ' || t.charAt(i) == '\n';
            if (!space) {
                out.copy(in, i);
            } else if (i > 0 && !isSpace(t, i - 1) && i + 1 < t.length() && nextNonSpace(t, i) < t.length()) {
                out.append(' ', in.start()[i], in.end()[i]);
            }
        }
        return out.build();
    }

    private static boolean isSpace(String t, int i) {
        return t.charAt(i) == ' ' || t.charAt(i) == '\n';
    }

    private static int nextNonSpace(String t, int i) {
        while (i < t.length() && isSpace(t, i)) {
            i++;
        }
        return i;
    }

    /**
     * "IKT-sikkerhet" and "IKTsikkerhet" compare equal, because an ingester cannot tell a real
     * compound hyphen at a line end from hyphenation; only hyphens between two letters go, so
     * ranges like "2020-2025" and changed words are still told apart.
     */
    NormalizedText dropCompoundHyphens(NormalizedText in) {
        String t = in.text();
        NormalizedText.Builder out = new NormalizedText.Builder();
        for (int i = 0; i < t.length(); i++) {
            boolean compound = t.charAt(i) == '-' && i > 0 && i + 1 < t.length()
                    && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1));
            if (!compound) {
                out.copy(in, i);
            }
        }
        return out.build();
    }
}
