package no.tiltaksradar.run;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.job.ProposerRegistry;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.stereotype.Service;

/** Starts, follows and cancels runs; the work itself happens in {@link DocumentTask}, one durable job per document. */
@Service
public class RunService {
    private final RunRepository runs;
    private final DocumentRepository documents;
    private final ProposerRegistry proposers;
    private final Scheduler scheduler;
    private final DocumentTask task;
    private final AuditLog audit;

    RunService(RunRepository runs, DocumentRepository documents, ProposerRegistry proposers, Scheduler scheduler, DocumentTask task,
               AuditLog audit) {
        this.runs = runs;
        this.documents = documents;
        this.proposers = proposers;
        this.scheduler = scheduler;
        this.task = task;
        this.audit = audit;
    }

    /**
     * Queues one job per document; they run in the background on any instance. Not one
     * transaction: the jobs are scheduled only once the run is committed, or a fast instance
     * could pick a job whose run it cannot yet see.
     */
    public Run start(List<Long> documentIds, String proposer, boolean validate, String user) {
        if (documentIds == null || documentIds.isEmpty()) {
            throw ApiProblem.badRequest("name at least one document id in documentIds");
        }
        List<Long> distinct = documentIds.stream().distinct().toList();
        List<Long> known = documents.findAll(distinct).stream().map(d -> d.id()).toList();
        if (known.size() != distinct.size()) {
            throw ApiProblem.unprocessable("unknown-document", "no documents with ids "
                    + distinct.stream().filter(id -> !known.contains(id)).toList());
        }
        try {
            proposers.get(proposer);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable("unavailable-proposer", e.getMessage());
        }
        long runId = runs.create(proposer, validate, user, distinct);
        for (Long documentId : distinct) {
            scheduler.schedule(task.task().instance(DocumentTask.instanceId(runId, documentId)), Instant.now());
        }
        audit.record(user, "RUN_STARTED", "run", runId, Map.of("documents", distinct, "proposer", proposer, "validate", validate));
        return find(runId);
    }

    public Run find(long runId) {
        return runs.find(runId).orElseThrow(() -> ApiProblem.notFound("run", runId));
    }

    public List<Run> recent(int limit) {
        return runs.recent(limit);
    }

    /** Stops what has not started; a document in hand finishes its stage but its result is dropped. */
    public Run cancel(long runId, String user) {
        Run run = find(runId);
        if (!run.status().equals("QUEUED") && !run.status().equals("RUNNING")) {
            throw ApiProblem.conflict("run " + runId + " is " + run.status() + "; only a queued or running run can be cancelled");
        }
        for (Long documentId : runs.cancel(runId)) {
            try {
                scheduler.cancel(TaskInstanceId.of(DocumentTask.NAME, DocumentTask.instanceId(runId, documentId)));
            } catch (RuntimeException e) {
                // already picked by an instance: that job sees the cancelled run and drops its result
            }
        }
        audit.record(user, "RUN_CANCELLED", "run", runId, Map.of());
        return find(runId);
    }
}
