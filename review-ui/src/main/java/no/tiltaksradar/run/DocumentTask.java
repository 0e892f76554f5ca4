package no.tiltaksradar.run;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.FileStore;
import no.tiltaksradar.document.StoredDocument;
import no.tiltaksradar.job.DocumentExtraction;
import no.tiltaksradar.job.ExtractJob;
import no.tiltaksradar.job.ProposerRegistry;
import no.tiltaksradar.propose.ProposalUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable job: one document of one run, instance id {@code <runId>-<documentId>}. The job
 * library hands each instance to one server at a time and revives it when that server dies;
 * this task makes a repeat harmless: a finished document is never done again, and its
 * candidates are written in the same transaction that marks it done.
 */
final class DocumentTask {
    static final String NAME = "extract-document";
    private static final Logger log = LoggerFactory.getLogger(DocumentTask.class);

    private final RunRepository runs;
    private final DocumentRepository documents;
    private final no.tiltaksradar.candidate.CandidateRepository candidates;
    private final FileStore files;
    private final no.tiltaksradar.document.PageImages pageImages;
    private final ExtractJob extract;
    private final ProposerRegistry proposers;
    private final TransactionTemplate transaction;
    private final String instance;

    DocumentTask(RunRepository runs, DocumentRepository documents, no.tiltaksradar.candidate.CandidateRepository candidates,
                 FileStore files, no.tiltaksradar.document.PageImages pageImages, ExtractJob extract, ProposerRegistry proposers,
                 TransactionTemplate transaction, String instance) {
        this.runs = runs;
        this.documents = documents;
        this.candidates = candidates;
        this.files = files;
        this.pageImages = pageImages;
        this.extract = extract;
        this.proposers = proposers;
        this.transaction = transaction;
        this.instance = instance;
    }

    OneTimeTask<Void> task() {
        return Tasks.oneTime(NAME).execute(this::execute);
    }

    static String instanceId(long runId, long documentId) {
        return runId + "-" + documentId;
    }

    void execute(TaskInstance<Void> taskInstance, ExecutionContext context) {
        String[] ids = taskInstance.getId().split("-");
        long runId = Long.parseLong(ids[0]);
        long documentId = Long.parseLong(ids[1]);
        try {
            process(runId, documentId);
        } catch (RuntimeException e) {
            // a bug or a database hiccup in one document fails that document alone, with its reason kept
            log.warn("run {} document {} failed", runId, documentId, e);
            runs.fail(runId, documentId, "UNEXPECTED", "unexpected error (" + e + ")");
        }
        runs.closeIfComplete(runId);
    }

    private void process(long runId, long documentId) {
        if (runs.cancelled(runId) || !runs.start(runId, documentId, instance)) {
            return;
        }
        StoredDocument document = documents.find(documentId).orElseThrow();
        Path file = fileOf(document);
        if (file == null) {
            runs.fail(runId, documentId, "FILE_MISSING", document.fileName() + ": the kept file is missing from the file store");
            return;
        }
        Run run = runs.find(runId).orElseThrow();
        DocumentExtraction extraction = extract.extractDocument(file, proposers.get(run.proposer()), run.validate());
        if (!extraction.succeeded()) {
            // an ingest failure names its reason; a document that was read but not proposed on failed in the proposer
            String code = extraction.outcome().failureReason() != null ? extraction.outcome().failureReason() : "PROPOSER";
            documents.markFailed(documentId, code, extraction.failure());
            runs.fail(runId, documentId, code, extraction.failure());
            return;
        }
        store(runId, documentId, extraction);
    }

    private void store(long runId, long documentId, DocumentExtraction extraction) {
        List<String> records = records(extraction);
        List<no.tiltaksradar.document.PageImages.PageSize> sizes = pageSizes(documentId);
        ProposalUsage usage = extraction.batch().usage();
        String proposerTag = extraction.batch().candidates().isEmpty() ? null
                : extraction.batch().candidates().get(0).provenance().proposer();
        transaction.executeWithoutResult(status -> {
            if (runs.cancelled(runId)) {
                return; // cancelled while this document was in hand: drop its result
            }
            documents.saveIngested(documentId, extraction.outcome().document(), sizes);
            int stored = candidates.replaceForRunDocument(runId, documentId, records, extraction.outcome().document());
            runs.finish(runId, documentId, stored, usage, usage.estimatedCostUsd() > 0, proposerTag);
        });
    }

    private List<no.tiltaksradar.document.PageImages.PageSize> pageSizes(long documentId) {
        try {
            return pageImages.sizes(documents.find(documentId).orElseThrow());
        } catch (java.io.IOException e) {
            return List.of(); // sizes only place highlights; the candidates stand without them
        }
    }

    private List<String> records(DocumentExtraction extraction) {
        try {
            return extract.records(extraction);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a measure record could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Path fileOf(StoredDocument document) {
        try {
            return files.find(document.sha256()).orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
