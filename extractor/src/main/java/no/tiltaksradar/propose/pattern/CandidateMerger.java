package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.Origin;

/**
 * One candidate per measure. Where two overlap in the text (the same words read as a list item and
 * as a sentence), the longer, more confident one stays; where a sentence in running text restates
 * a measure that a list states too (a report discusses a recommendation, then lists it), the list
 * item stays, as the document's own statement of it.
 */
final class CandidateMerger {
    private CandidateMerger() {
    }

    static List<CandidateMeasure> merge(List<CandidateMeasure> candidates) {
        List<CandidateMeasure> kept = new ArrayList<>();
        List<CandidateMeasure> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingDouble(CandidateMeasure::confidence).reversed()
                .thenComparing(c -> c.charEnd() - c.charStart(), Comparator.reverseOrder()));
        for (CandidateMeasure candidate : ordered) {
            if (kept.stream().noneMatch(k -> overlaps(k, candidate) && k.parent() == null && candidate.parent() == null)) {
                kept.add(candidate);
            }
        }
        kept.removeIf(prose -> isRestatement(prose, kept));
        kept.sort(Comparator.comparingInt(CandidateMeasure::charStart));
        return kept;
    }

    private static final double RESTATED = 0.5;
    /** a short sentence shares a word or three with many list items by chance */
    private static final int MIN_SHARED = 4;

    private static boolean isRestatement(CandidateMeasure prose, List<CandidateMeasure> all) {
        if (prose.kind() != MeasureKind.MEASURE || prose.origin() != Origin.PROSE) {
            return false;
        }
        Set<String> words = contentWords(prose.quote());
        String opening = opening(prose.quote());
        return !words.isEmpty() && all.stream().filter(c -> c.kind() == MeasureKind.MEASURE && c.origin().isListed())
                .anyMatch(listed -> shared(words, contentWords(listed.quote())) >= Math.max(MIN_SHARED, RESTATED * words.size())
                        || sameOpening(opening, listed.quote()) && shared(words, contentWords(listed.quote())) >= SHARED_AFTER_SAME_OPENING);
    }

    /** Subject, modal and verb said again ("DFD bør lede ...") with some of the same object: the list item said it first. */
    private static final int SHARED_AFTER_SAME_OPENING = 2;
    private static final int OPENING_WORDS = 3;

    private static String opening(String quote) {
        String[] words = quote.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return words.length < OPENING_WORDS ? "" : String.join(" ", Arrays.copyOf(words, OPENING_WORDS));
    }

    private static boolean sameOpening(String opening, String listed) {
        return !opening.isEmpty() && WordBoundary.contains(listed, opening);
    }

    /** Words of five letters or more: enough to leave out "og", "for", "skal", "bør" and keep what the measure is about. */
    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (word.length() >= 5) {
                words.add(word.length() > 7 ? word.substring(0, 7) : word); // crude stem: "kriterier"/"kriteriene"
            }
        }
        return words;
    }

    private static long shared(Set<String> words, Set<String> other) {
        return words.stream().filter(other::contains).count();
    }

    private static boolean overlaps(CandidateMeasure a, CandidateMeasure b) {
        return a.charStart() < b.charEnd() && b.charStart() < a.charEnd();
    }
}
