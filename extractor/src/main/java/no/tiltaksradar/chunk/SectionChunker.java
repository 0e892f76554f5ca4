package no.tiltaksradar.chunk;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.LayoutLine;
import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;

/**
 * Cuts a document into chunks that never cross a heading, stay under a size limit and repeat the
 * tail of the previous chunk of the same section, each with its section path, pages and offsets.
 */
public final class SectionChunker implements Chunker {
    private final ChunkingOptions options;
    private final LayoutReader layout = new LayoutReader();

    public SectionChunker(ChunkingOptions options) {
        this.options = options;
    }

    public SectionChunker() {
        this(ChunkingOptions.defaults());
    }

    @Override
    public List<Chunk> chunk(SourceDocument document) {
        ChunkAssembler assembler = new ChunkAssembler(document.id(), options);
        List<String> path = List.of();
        for (Block block : layout.read(document)) {
            if (block.isHeading()) {
                assembler.close(path);
                path = block.sectionPath();
                assembler.add(new Piece(block.page(), block.start(), block.end(), block.text(), true), path);
                continue;
            }
            path = block.sectionPath();
            for (LayoutLine line : block.lines()) {
                for (Piece piece : splitLongPiece(new Piece(line.page(), line.start(), line.end(), line.text(), false))) {
                    assembler.add(piece, path);
                }
            }
        }
        assembler.close(path);
        return assembler.chunks();
    }

    /** A line longer than a chunk (a flowing paragraph from DOCX or HTML) is cut at spaces. */
    private List<Piece> splitLongPiece(Piece piece) {
        int limit = options.maxChars() - options.overlapChars();
        if (piece.length() <= limit) {
            return List.of(piece);
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        String text = piece.text();
        while (from < text.length()) {
            int to = Math.min(text.length(), from + limit);
            if (to < text.length()) {
                int space = text.lastIndexOf(' ', to);
                to = space > from + limit / 2 ? space + 1 : to;
            }
            pieces.add(new Piece(piece.page(), piece.start() + from, piece.start() + to, text.substring(from, to), false));
            from = to;
        }
        return pieces;
    }
}
