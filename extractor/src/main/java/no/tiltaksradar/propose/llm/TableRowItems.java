package no.tiltaksradar.propose.llm;

import java.util.List;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;

/**
 * An item the model named by a table row: its fields kept only where the row's own cells state
 * them, and placed on the row's cell, so the assembler finds the quote exactly where it stands
 * even when the row runs past the chunk the model was asked about.
 */
final class TableRowItems {
    private TableRowItems() {
    }

    static ChunkAnswer.Sourced sourced(ProposedItem item, Excerpt.Cut cut, SourceDocument document, Chunk chunk) {
        TableRowUnit row = cut.row();
        int column = cut.cell().column();
        ProposedItem stated = item.withFields(row.responsibleStated(item.responsible(), column),
                row.deadlineStated(item.deadline(), column));
        return new ChunkAnswer.Sourced(stated, cut.cell().located() ? cellPart(cut.cell(), document, chunk) : rowPart(row, document, chunk),
                Origin.TABLE_ROW);
    }

    /** The part of the document the quote was cut from: exactly the cell's span. */
    private static Chunk cellPart(TableRowUnit.CellQuote cell, SourceDocument document, Chunk chunk) {
        return part(chunk, document, cell.charStart(), cell.charEnd());
    }

    /** A cell not set as one run of text: the whole row's span, where the assembler looks for it. */
    private static Chunk rowPart(TableRowUnit row, SourceDocument document, Chunk chunk) {
        return part(chunk, document, Math.min(row.start(), chunk.charStart()), Math.max(row.end(), chunk.charEnd()));
    }

    private static Chunk part(Chunk chunk, SourceDocument document, int start, int end) {
        Page first = document.pageAt(start).orElse(document.page(chunk.pageStart()));
        Page last = document.pageAt(Math.max(start, end - 1)).orElse(first);
        return new Chunk(chunk.id(), chunk.documentId(), chunk.ordinal(), chunk.sectionPath(), first.number(), last.number(),
                start, end, document.text().substring(start, end));
    }
}
