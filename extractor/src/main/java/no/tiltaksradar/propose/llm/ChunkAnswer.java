package no.tiltaksradar.propose.llm;

import java.util.List;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.propose.ProposalUsage;

/**
 * What the model said about one chunk (or the parts it was split into).
 *
 * @param items each proposed item with the chunk (part) it was asked about
 * @param failed true when no usable answer came back for the chunk at all
 */
record ChunkAnswer(List<Sourced> items, List<String> warnings, ProposalUsage usage, boolean failed) {

    /**
     * @param origin {@link Origin#TABLE_ROW} for an item named by its table row's id; otherwise unknown here, and read from
     *               the layout where the quote is placed (an answer kept before origins were recorded has none)
     */
    record Sourced(ProposedItem item, Chunk chunk, Origin origin) {
        Sourced {
            origin = origin == null ? Origin.UNKNOWN : origin;
        }
    }

    ChunkAnswer {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
