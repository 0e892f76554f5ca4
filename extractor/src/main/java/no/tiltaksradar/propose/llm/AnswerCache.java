package no.tiltaksradar.propose.llm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import no.tiltaksradar.model.Chunk;

/**
 * The model's complete answers per chunk, kept on disk so that running a document again (after
 * some of its chunks failed for good) asks the model only about the chunks that failed. The key
 * is the proposer (model and prompt version), the document and the chunk's exact text: any change
 * to one of them asks again. An answer that left pages unread is never kept.
 */
final class AnswerCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    private AnswerCache(Path dir) {
        this.dir = dir;
    }

    /** No cache: every run asks about every chunk. */
    static AnswerCache none() {
        return new AnswerCache(null);
    }

    static AnswerCache in(Path dir) {
        return new AnswerCache(dir);
    }

    /** What a kept answer holds: its items (with the chunk or sub-chunk each came from) and its warnings. */
    record Entry(List<ChunkAnswer.Sourced> items, List<String> warnings) {
    }

    Optional<ChunkAnswer> get(String proposerId, Chunk chunk) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = file(proposerId, chunk);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = JSON.readValue(file.toFile(), new TypeReference<Entry>() { });
            return Optional.of(new ChunkAnswer(entry.items(), entry.warnings(), no.tiltaksradar.propose.ProposalUsage.NONE, false));
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is asked again, as if it were missing
        }
    }

    void put(String proposerId, Chunk chunk, ChunkAnswer answer) {
        if (dir == null || answer.failed() || answer.warnings().stream().anyMatch(Warnings::marksPartial)) {
            return;
        }
        Path file = file(proposerId, chunk);
        try {
            Files.createDirectories(file.getParent());
            Path part = Files.createTempFile(file.getParent(), "answer-", ".part");
            JSON.writeValue(part.toFile(), new Entry(answer.items(), answer.warnings()));
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the cache only saves calls; a run without it is still right
        }
    }

    private Path file(String proposerId, Chunk chunk) {
        String key = sha256(proposerId + "\n" + chunk.documentId() + "\n" + chunk.text());
        return dir.resolve(chunk.documentId().substring(0, Math.min(16, chunk.documentId().length()))).resolve(key + ".json");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
