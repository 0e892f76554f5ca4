package no.tiltaksradar.propose;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.Origin;

/**
 * A sentence in running text that restates a measure a list or table states too yields to the
 * item: a report discusses a recommendation, then lists it, and the listed item is the document's
 * own statement of the measure. Restating is told by shared content words, or by the same opening
 * (subject, modal, verb: "Etaten bør lede ...") with some of the same object. Only candidates whose
 * origin is known take part: a proposer that cannot tell prose from a list is not second-guessed.
 */
final class ProseRestatement {
    /** Half of the sentence's content words in the item ... */
    private static final double RESTATED = 0.5;
    /** ... and never fewer than four: a short sentence shares a word or three with many list items by chance */
    private static final int MIN_SHARED = 4;
    /** Subject, modal and verb said again, with some of the same object: the list item said it first. */
    private static final int SHARED_AFTER_SAME_OPENING = 2;
    private static final int OPENING_WORDS = 3;
    /** Five letters or more leaves out "og", "for", "skal", "bør" and keeps what the measure is about. */
    private static final int CONTENT_WORD = 5;
    /** A crude stem: "kriterier" and "kriteriene" share their first seven letters. */
    private static final int STEM = 7;

    private ProseRestatement() {
    }

    static boolean yields(CandidateMeasure prose, List<CandidateMeasure> all) {
        if (prose.kind() != MeasureKind.MEASURE || prose.origin() != Origin.PROSE) {
            return false;
        }
        Set<String> words = contentWords(prose.quote());
        String opening = opening(prose.quote());
        return !words.isEmpty() && all.stream().filter(c -> c.kind() == MeasureKind.MEASURE && c.origin().isListed())
                .anyMatch(listed -> restates(words, opening, listed.quote()));
    }

    private static boolean restates(Set<String> words, String opening, String listed) {
        long shared = shared(words, contentWords(listed));
        return shared >= Math.max(MIN_SHARED, RESTATED * words.size())
                || !opening.isEmpty() && WordBoundary.contains(listed, opening) && shared >= SHARED_AFTER_SAME_OPENING;
    }

    private static String opening(String quote) {
        String[] words = quote.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return words.length < OPENING_WORDS ? "" : String.join(" ", Arrays.copyOf(words, OPENING_WORDS));
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (word.length() >= CONTENT_WORD) {
                words.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return words;
    }

    private static long shared(Set<String> words, Set<String> other) {
        return words.stream().filter(other::contains).count();
    }
}
