package no.tiltaksradar.chunk;

/**
 * Size limits for chunks, in characters.
 *
 * @param maxChars a chunk is closed before it grows past this (a single longer sentence is cut)
 * @param overlapChars how much of the end of one chunk the next repeats, so an item cut at a
 *        boundary is whole in at least one chunk
 */
public record ChunkingOptions(int maxChars, int overlapChars) {
    public ChunkingOptions {
        if (maxChars < 200) {
            throw new IllegalArgumentException("maxChars must be >= 200, was " + maxChars);
        }
        if (overlapChars < 0 || overlapChars >= maxChars / 2) {
            throw new IllegalArgumentException("overlapChars must be in 0.." + (maxChars / 2 - 1) + ", was " + overlapChars);
        }
    }

    public static ChunkingOptions defaults() {
        return new ChunkingOptions(1500, 200);
    }
}
