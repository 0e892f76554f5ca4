package no.tiltaksradar.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import no.tiltaksradar.ingest.Sha256;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.propose.MeasureProposer;
import no.tiltaksradar.propose.ProposalBatch;
import no.tiltaksradar.propose.ProposalException;
import no.tiltaksradar.validate.CitationValidator;
import no.tiltaksradar.validate.ValidatedMeasure;

/**
 * The whole pipeline per document: ingest → chunk → index → propose → validate, written to a
 * resumable results file one document at a time. A file that fails at any stage is reported and
 * the batch goes on; a stopped run picks up after the last finished document.
 */
public final class ExtractJob {
    private final IngestJob ingest;
    private final ValidatorFactory validators;
    private final ObjectMapper json = new ObjectMapper();

    /** Builds the validator for one document; the validator never sees anything but that document. */
    public interface ValidatorFactory {
        CitationValidator forDocument(no.tiltaksradar.model.SourceDocument document);
    }

    public ExtractJob(IngestJob ingest, ValidatorFactory validators) {
        this.ingest = ingest;
        this.validators = validators;
    }

    public ExtractResult run(List<Path> files, MeasureProposer proposer, ResultsFile out, boolean validate,
                             BatchListener listener, AtomicBoolean cancelled) throws IOException {
        ingest.requireIndex();
        listener.batchStarted(files.size());
        List<DocumentExtraction> extractions = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int resumed = 0;
        int looked = 0;
        for (Path file : files) {
            if (cancelled.get()) {
                break;
            }
            looked++;
            listener.documentStarted(file);
            String name = file.getFileName().toString();
            String sha256 = digestOrNull(file);
            String earlier = sha256 == null ? null : sameContentAs(sha256, name, seen, out);
            if (earlier != null) {
                duplicates.add(name + ": same content as " + earlier + ", skipped");
                listener.documentSkipped(file);
            } else if (sha256 != null && out.isFinished(sha256)) {
                resumed++;
                listener.documentSkipped(file);
            } else {
                DocumentExtraction extraction = extract(file, proposer, validate);
                // a partly read document is not written: the next run of the same command redoes it, and the
                // proposer then asks only about the pages that failed (its other answers are kept)
                if (extraction.outcome().succeeded() && extraction.failure() == null && !extraction.partial()) {
                    out.writeDocument(extraction.outcome().document().sha256(), name, lines(extraction));
                }
                // a batch keeps the summary, not every document's pages: memory must not grow with the batch
                extractions.add(extraction.withoutContent());
                listener.documentFinished(extraction.outcome());
            }
        }
        listener.batchFinished();
        return new ExtractResult(extractions, resumed, duplicates, files.size() - looked);
    }

    /** The name of an earlier file with this content, in this batch or finished by an earlier run; null if none. */
    private static String sameContentAs(String sha256, String name, Map<String, String> seen, ResultsFile out) {
        String earlier = seen.putIfAbsent(sha256, name);
        return earlier != null ? earlier : out.finishedAs(sha256).filter(n -> !n.equals(name)).orElse(null);
    }

    private static String digestOrNull(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            return null; // unreadable: let ingest report it with the reason
        }
    }

    /**
     * One document through every stage, for a caller that keeps the result itself (the server's
     * durable jobs store it in the database instead of a results file).
     */
    public DocumentExtraction extractDocument(Path file, MeasureProposer proposer, boolean validate) {
        return extract(file, proposer, validate);
    }

    /** The measure records of a successful extraction, one JSON object each: the lines a results file holds. */
    public List<String> records(DocumentExtraction extraction) throws JsonProcessingException {
        return lines(extraction);
    }

    private DocumentExtraction extract(Path file, MeasureProposer proposer, boolean validate) {
        DocumentOutcome outcome = ingest.process(file);
        if (!outcome.succeeded()) {
            return DocumentExtraction.failed(outcome, outcome.failure());
        }
        try {
            ProposalBatch batch = proposer.propose(outcome.document(), outcome.chunks());
            List<ValidatedMeasure> validated = validate
                    ? validators.forDocument(outcome.document()).validateAll(batch.candidates()) : null;
            return new DocumentExtraction(outcome, batch, validated, null);
        } catch (ProposalException e) {
            return DocumentExtraction.failed(outcome, file.getFileName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return DocumentExtraction.failed(outcome, file.getFileName() + ": unexpected error (" + e + ")");
        } catch (OutOfMemoryError e) {
            // what ran out was this document's proposals or verdicts; they are garbage once we return
            return DocumentExtraction.failed(outcome, file.getFileName() + ": not enough memory to propose and validate its "
                    + outcome.document().pages().size() + " pages (the JVM may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB); give it more (TILTAKSRADAR_JAVA_OPTS=-Xmx2g)");
        }
    }

    private List<String> lines(DocumentExtraction extraction) throws JsonProcessingException {
        List<String> lines = new ArrayList<>();
        if (extraction.validated() != null) {
            for (ValidatedMeasure measure : extraction.validated()) {
                lines.add(json.writeValueAsString(measure));
            }
        } else {
            for (CandidateMeasure candidate : extraction.batch().candidates()) {
                lines.add(json.writeValueAsString(candidate));
            }
        }
        return lines;
    }
}
