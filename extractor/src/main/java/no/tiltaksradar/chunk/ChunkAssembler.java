package no.tiltaksradar.chunk;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.Chunk;

/** Collects pieces into chunks of bounded size, carrying an overlap from one chunk into the next. */
final class ChunkAssembler {
    private final String documentId;
    private final ChunkingOptions options;
    private final List<Chunk> chunks = new ArrayList<>();
    private List<Piece> pending = new ArrayList<>();
    private int pendingChars;
    private boolean pendingHasNewText;

    ChunkAssembler(String documentId, ChunkingOptions options) {
        this.documentId = documentId;
        this.options = options;
    }

    void add(Piece block, List<String> sectionPath) {
        if (pendingChars + block.length() > options.maxChars() && pendingHasNewText) {
            List<Piece> overlap = tail(pending);
            emit(sectionPath);
            pending = new ArrayList<>(overlap);
            pendingChars = overlap.stream().mapToInt(b -> b.length() + 1).sum();
        }
        pending.add(block);
        pendingChars += block.length() + 1;
        pendingHasNewText = true;
    }

    /** Ends the current chunk, e.g. at a heading: the next section starts fresh, without overlap. */
    void close(List<String> sectionPath) {
        if (pendingHasNewText) {
            emit(sectionPath);
        }
        pending = new ArrayList<>();
        pendingChars = 0;
    }

    List<Chunk> chunks() {
        return List.copyOf(chunks);
    }

    /** The last lines up to the overlap size, and at least the last line when it is short, so a list item cut by the limit is whole again. */
    private List<Piece> tail(List<Piece> pieces) {
        List<Piece> tail = new ArrayList<>();
        int chars = 0;
        for (int i = pieces.size() - 1; i > 0; i--) {
            chars += pieces.get(i).length() + 1;
            boolean lastAndShort = tail.isEmpty() && pieces.get(i).length() <= options.maxChars() / 3;
            if (chars > options.overlapChars() && !lastAndShort) {
                break;
            }
            tail.add(0, pieces.get(i));
        }
        return tail;
    }

    private void emit(List<String> sectionPath) {
        Piece first = pending.get(0);
        Piece last = pending.get(pending.size() - 1);
        StringBuilder text = new StringBuilder();
        for (Piece block : pending) {
            text.append(text.isEmpty() ? "" : "\n").append(block.text());
        }
        int ordinal = chunks.size();
        chunks.add(new Chunk(documentId + ":" + ordinal, documentId, ordinal, sectionPath, first.page(), last.page(),
                first.start(), last.end(), text.toString()));
        pendingHasNewText = false;
    }
}
