package no.tiltaksradar.validate;

import java.util.Arrays;

/**
 * Text after {@link TextNormalizer}, with each character's origin: character {@code i} came from
 * {@code [start[i], end[i])} of the original text, so a span found here maps back to offsets there.
 */
public record NormalizedText(String text, int[] start, int[] end) {

    /** Original offsets {@code [from, to)} of the normalised span {@code [a, b)}; b > a. */
    public int originalStart(int a) {
        return start[a];
    }

    public int originalEnd(int b) {
        return end[b - 1];
    }

    public int length() {
        return text.length();
    }

    /** A growable copy target for the normaliser's steps. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] start = new int[16];
        private int[] end = new int[16];

        void append(char c, int from, int to) {
            if (text.length() == start.length) {
                start = Arrays.copyOf(start, start.length * 2);
                end = Arrays.copyOf(end, end.length * 2);
            }
            start[text.length()] = from;
            end[text.length()] = to;
            text.append(c);
        }

        /** Appends character {@code i} of {@code source} with its origin. */
        void copy(NormalizedText source, int i) {
            append(source.text().charAt(i), source.start()[i], source.end()[i]);
        }

        NormalizedText build() {
            int n = text.length();
            return new NormalizedText(text.toString(), Arrays.copyOf(start, n), Arrays.copyOf(end, n));
        }
    }
}
