package no.tiltaksradar.propose.llm;

import java.util.List;
import java.util.Optional;
import no.tiltaksradar.model.Chunk;

/**
 * Halves a chunk whose answer did not fit the output limit, at the paragraph, line or sentence
 * break nearest the middle. Both halves keep the parent's span, so quotes are still located in
 * the document text the parent covered.
 */
final class ChunkSplitter {
    private static final int MIN_LENGTH = 200;

    private ChunkSplitter() {
    }

    static Optional<List<Chunk>> halve(Chunk chunk) {
        String text = chunk.text();
        if (text.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        int cut = breakNear(text, text.length() / 2);
        return Optional.of(List.of(part(chunk, "a", text.substring(0, cut)), part(chunk, "b", text.substring(cut))));
    }

    private static int breakNear(String text, int middle) {
        for (String separator : List.of("\n\n", "\n", ". ")) {
            int before = text.lastIndexOf(separator, middle);
            int after = text.indexOf(separator, middle);
            int best = closest(middle, before, after);
            // a break far from the middle would leave one half as large as the whole
            if (best > 0 && Math.abs(best - middle) < text.length() / 4) {
                return best + separator.length();
            }
        }
        int space = text.lastIndexOf(' ', middle);
        return space > 0 ? space + 1 : middle;
    }

    private static int closest(int middle, int before, int after) {
        if (before < 0) {
            return after;
        }
        if (after < 0) {
            return before;
        }
        return middle - before <= after - middle ? before : after;
    }

    private static Chunk part(Chunk parent, String suffix, String text) {
        return new Chunk(parent.id() + suffix, parent.documentId(), parent.ordinal(), parent.sectionPath(),
                parent.pageStart(), parent.pageEnd(), parent.charStart(), parent.charEnd(), text);
    }
}
