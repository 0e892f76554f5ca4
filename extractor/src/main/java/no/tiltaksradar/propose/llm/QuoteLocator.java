package no.tiltaksradar.propose.llm;

import java.util.Optional;
import no.tiltaksradar.model.Chunk;

/**
 * Finds a model's quote in the document text inside its chunk's span: exactly first, then
 * ignoring case and differences in whitespace (line breaks, page breaks, double spaces). It never
 * looks outside the chunk, so a quote from elsewhere stays unlocated for the validator to judge.
 */
final class QuoteLocator {
    private final String documentText;

    QuoteLocator(String documentText) {
        this.documentText = documentText;
    }

    /** @param exact true when the quote is a verbatim substring of the document */
    record Location(int charStart, int charEnd, boolean exact) {
    }

    Optional<Location> locate(String quote, Chunk chunk) {
        String wanted = quote.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.min(chunk.charStart(), documentText.length());
        int to = Math.min(chunk.charEnd(), documentText.length());
        int exact = documentText.substring(from, to).indexOf(wanted);
        if (exact >= 0) {
            return Optional.of(new Location(from + exact, from + exact + wanted.length(), true));
        }
        return locateLoosely(wanted, from, to);
    }

    private Optional<Location> locateLoosely(String quote, int from, int to) {
        Normalized region = Normalized.of(documentText, from, to);
        String needle = Normalized.of(quote, 0, quote.length()).text();
        int at = region.text().indexOf(needle);
        if (at < 0 || needle.isEmpty()) {
            return Optional.empty();
        }
        int start = region.origin(at);
        int end = region.origin(at + needle.length() - 1) + 1;
        return Optional.of(new Location(start, end, false));
    }

    /** Lower-cased text with every whitespace run as one space, and where each char came from. */
    private record Normalized(String text, int[] origins) {
        static Normalized of(String source, int from, int to) {
            StringBuilder text = new StringBuilder(to - from);
            int[] origins = new int[to - from];
            boolean lastSpace = true;
            for (int i = from; i < to; i++) {
                char c = source.charAt(i);
                if (c == '\u00AD') {
                    continue; // soft hyphens are invisible in the PDF and in the model's quote
                }
                boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
                if (space && lastSpace) {
                    continue;
                }
                origins[text.length()] = i;
                text.append(space ? ' ' : Character.toLowerCase(c));
                lastSpace = space;
            }
            String normalized = text.toString().strip();
            return new Normalized(normalized, origins);
        }

        int origin(int normalizedIndex) {
            return origins[normalizedIndex];
        }
    }
}
