package no.tiltaksradar.index;

import no.tiltaksradar.model.Chunk;

/** A retrieved chunk and its relevance score (higher is better). */
public record ScoredChunk(Chunk chunk, float score) {
}
