package no.tiltaksradar.job;

import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;

/**
 * What became of one file of a batch: ingested (with its chunks) or failed (with the reason).
 *
 * @param failure null when the file was ingested
 */
public record DocumentOutcome(Path file, SourceDocument document, List<Chunk> chunks, List<String> warnings,
                              String failureReason, String failure) {

    public static DocumentOutcome ingested(Path file, SourceDocument document, List<Chunk> chunks, List<String> warnings) {
        return new DocumentOutcome(file, document, List.copyOf(chunks), List.copyOf(warnings), null, null);
    }

    public static DocumentOutcome failed(Path file, String reason, String message) {
        return new DocumentOutcome(file, null, List.of(), List.of(), reason, message);
    }

    /** The same outcome without pages and chunks: what a batch summary keeps once the document is written. */
    public DocumentOutcome withoutContent() {
        SourceDocument light = document == null ? null
                : new SourceDocument(document.fileName(), document.sha256(), document.metadata(), List.of());
        return new DocumentOutcome(file, light, List.of(), warnings, failureReason, failure);
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** Distinct section paths of the chunks, outermost heading first, in reading order. */
    public List<String> sections() {
        return chunks.stream().filter(c -> !c.sectionPath().isEmpty())
                .map(c -> String.join(" > ", c.sectionPath())).distinct().toList();
    }
}
