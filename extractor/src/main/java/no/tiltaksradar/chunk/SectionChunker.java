package no.tiltaksradar.chunk;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;

/**
 * Cuts a document into chunks that never cross a heading, stay under a size limit and repeat the
 * tail of the previous chunk of the same section, each with its section path, pages and offsets.
 */
public final class SectionChunker implements Chunker {
    private final ChunkingOptions options;

    public SectionChunker(ChunkingOptions options) {
        this.options = options;
    }

    public SectionChunker() {
        this(ChunkingOptions.defaults());
    }

    @Override
    public List<Chunk> chunk(SourceDocument document) {
        ChunkAssembler assembler = new ChunkAssembler(document.id(), options);
        SectionPath path = new SectionPath();
        for (Block block : new BlockReader().read(document)) {
            if (block.isHeading()) {
                assembler.close(path.current());
                path.enter(block.headingLevel(), block.text().strip());
                assembler.add(block, path.current());
            } else {
                for (Block piece : splitLongBlock(block)) {
                    assembler.add(piece, path.current());
                }
            }
        }
        assembler.close(path.current());
        return assembler.chunks();
    }

    /** A line longer than a chunk (a flowing paragraph from DOCX or HTML) is cut at spaces. */
    private List<Block> splitLongBlock(Block block) {
        int limit = options.maxChars() - options.overlapChars();
        if (block.length() <= limit) {
            return List.of(block);
        }
        List<Block> pieces = new ArrayList<>();
        int from = 0;
        String text = block.text();
        while (from < text.length()) {
            int to = Math.min(text.length(), from + limit);
            if (to < text.length()) {
                int space = text.lastIndexOf(' ', to);
                to = space > from + limit / 2 ? space + 1 : to;
            }
            pieces.add(new Block(block.page(), block.start() + from, block.start() + to, text.substring(from, to), 0));
            from = to;
        }
        return pieces;
    }
}
