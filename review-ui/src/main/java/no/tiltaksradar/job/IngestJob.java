package no.tiltaksradar.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import no.tiltaksradar.chunk.Chunker;
import no.tiltaksradar.index.ChunkIndex;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.IngestException;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;

/**
 * Ingest → chunk → index for a batch of files. A file that fails is recorded with its reason and
 * the batch goes on; an unexpected crash in one file is caught the same way, never losing the rest.
 */
public final class IngestJob {
    private final DocumentIngester ingester;
    private final Chunker chunker;
    private final ChunkIndex index;

    public IngestJob(DocumentIngester ingester, Chunker chunker, ChunkIndex index) {
        this.ingester = ingester;
        this.chunker = chunker;
        this.index = index;
    }

    /**
     * Opens the index before the first file, so a data directory in use by another process is one
     * line up front instead of the same failure for every file.
     *
     * @throws IllegalStateException naming the locked folder
     */
    public void requireIndex() {
        try {
            index.chunks("");
        } catch (IOException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                // Lucene's LockObtainFailedException, by name: the index library is the extractor's business
                if (cause.getClass().getSimpleName().equals("LockObtainFailedException")) {
                    throw new IllegalStateException("the data directory is in use by another tiltaksradar process ("
                            + cause.getMessage() + "); wait for it to finish or give another --tiltaksradar.data-dir", e);
                }
            }
            throw new IllegalStateException("the index cannot be opened (" + e.getMessage() + ")", e);
        }
    }

    /** Runs the batch; stops between files once {@code cancelled} is set. */
    public BatchResult run(List<Path> files, BatchListener listener, AtomicBoolean cancelled) {
        requireIndex();
        listener.batchStarted(files.size());
        List<DocumentOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            if (cancelled.get()) {
                break;
            }
            listener.documentStarted(file);
            DocumentOutcome outcome = process(file);
            outcomes.add(outcome);
            listener.documentFinished(outcome);
        }
        listener.batchFinished();
        return new BatchResult(outcomes, files.size() - outcomes.size());
    }

    /** One file through the stages; every failure becomes an outcome that names the file. */
    public DocumentOutcome process(Path file) {
        try {
            SourceDocument document = ingester.ingest(file);
            List<Chunk> chunks = chunker.chunk(document);
            index.index(document.id(), chunks);
            return DocumentOutcome.ingested(file, document, chunks, warningsOf(document));
        } catch (IngestException e) {
            return DocumentOutcome.failed(file, e.reason().name(), e.getMessage());
        } catch (IOException e) {
            return DocumentOutcome.failed(file, "INDEX", file.getFileName() + ": could not be indexed (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            return DocumentOutcome.failed(file, "UNEXPECTED", file.getFileName() + ": unexpected error (" + e + ")");
        } catch (OutOfMemoryError e) {
            // the allocation that failed was this document's: once this frame is left its pages are garbage, so the
            // rest of the batch can go on without it
            return DocumentOutcome.failed(file, "TOO_MANY_PAGES", file.getFileName() + ": not enough memory to read it (the JVM may use "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); give it more (TILTAKSRADAR_JAVA_OPTS=-Xmx2g) "
                    + "or lower tiltaksradar.max-pages");
        }
    }

    private static List<String> warningsOf(SourceDocument document) {
        List<String> warnings = new ArrayList<>(document.metadata().notes());
        List<Integer> empty = document.pages().stream().filter(p -> p.text().isBlank()).map(Page::number).toList();
        if (!empty.isEmpty()) {
            warnings.add("pages without text: " + empty);
        }
        return warnings;
    }
}
