package no.tiltaksradar.propose.llm;

import java.util.List;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.model.Origin;

/**
 * Where in the layout a placed quote stands, read from the blocks the layout stage found: in a list
 * item, a table or a paragraph of running text. The model's excerpt joins a chunk's lines without
 * telling a list from prose, so the layout, as the pattern proposer reads it, is the one to ask.
 */
final class LayoutOrigins {
    private final List<Block> blocks;

    /** @param blocks the document's blocks, as the layout stage reads them */
    LayoutOrigins(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * The origin of the quote over {@code charStart..charEnd}: that of the first list item, table or paragraph it
     * touches, passing over a heading, label or lead-in it begins with (a sentence cut from the excerpt may carry the
     * "Mål" or "Regjeringen vil:" above it); unknown when it touches none.
     */
    Origin at(int charStart, int charEnd) {
        for (Block block : blocks) {
            if (block.start() < Math.max(charEnd, charStart + 1) && charStart < block.end()) {
                Origin origin = switch (block.kind()) {
                    case LIST_ITEM -> Origin.LIST_ITEM;
                    case TABLE -> Origin.TABLE_ROW;
                    case PARAGRAPH -> Origin.PROSE;
                    case HEADING, LABEL, LEAD_IN -> Origin.UNKNOWN;
                };
                if (origin != Origin.UNKNOWN) {
                    return origin;
                }
            }
        }
        return Origin.UNKNOWN;
    }
}
