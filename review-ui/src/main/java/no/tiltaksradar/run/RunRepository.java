package no.tiltaksradar.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.tiltaksradar.propose.ProposalUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class RunRepository {
    private final JdbcClient jdbc;

    public RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long create(String proposer, boolean validate, String user, List<Long> documentIds) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO extraction_run (proposer, validate, status, created_by, created_at) VALUES (?, ?, 'QUEUED', ?, ?)")
                .params(proposer, validate, user, now()).update(key, "id");
        long runId = key.getKey().longValue();
        for (Long documentId : documentIds) {
            jdbc.sql("INSERT INTO run_document (run_id, document_id, status, attempts, input_tokens, output_tokens) VALUES (?, ?, 'QUEUED', 0, 0, 0)")
                    .params(runId, documentId).update();
        }
        return runId;
    }

    public Optional<Run> find(long id) {
        return jdbc.sql("SELECT * FROM extraction_run WHERE id = ?").param(id).query((rs, n) -> map(rs, documents(id))).optional();
    }

    public List<Run> recent(int limit) {
        return jdbc.sql("SELECT * FROM extraction_run ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .query((rs, n) -> map(rs, documents(rs.getLong("id")))).list();
    }

    public Optional<RunDocument> document(long runId, long documentId) {
        return jdbc.sql(DOCUMENTS + " WHERE r.run_id = ? AND r.document_id = ?").params(runId, documentId)
                .query(RunRepository::mapDocument).optional();
    }

    /** Claims a queued (or crashed, still RUNNING) document for this instance; false when it is finished or cancelled. */
    public boolean start(long runId, long documentId, String instance) {
        int claimed = jdbc.sql("UPDATE run_document SET status = 'RUNNING', attempts = attempts + 1, processed_by = ?, started_at = ? "
                        + "WHERE run_id = ? AND document_id = ? AND status IN ('QUEUED', 'RUNNING')")
                .params(instance, now(), runId, documentId).update();
        jdbc.sql("UPDATE extraction_run SET status = 'RUNNING', started_at = COALESCE(started_at, ?) WHERE id = ? AND status = 'QUEUED'")
                .params(now(), runId).update();
        return claimed == 1;
    }

    public void finish(long runId, long documentId, int candidates, ProposalUsage usage, boolean priced, String proposerTag) {
        jdbc.sql("UPDATE run_document SET status = 'DONE', error = NULL, error_code = NULL, candidate_count = ?, finished_at = ?, input_tokens = ?, "
                        + "output_tokens = ?, cost_usd = ? WHERE run_id = ? AND document_id = ?")
                .params(candidates, now(), usage.inputTokens(), usage.outputTokens(), priced ? usage.estimatedCostUsd() : null, runId,
                        documentId)
                .update();
        String[] parts = proposerTag == null ? new String[0] : proposerTag.split("/");
        if (parts.length >= 3) { // llm/<model>/<prompt-version>
            jdbc.sql("UPDATE extraction_run SET model = COALESCE(model, ?), prompt_version = COALESCE(prompt_version, ?) WHERE id = ?")
                    .params(parts[1], parts[2], runId).update();
        }
    }

    /** @param code why, as a code a screen can put in plain words (see {@link RunDocument#errorCode()}) */
    public void fail(long runId, long documentId, String code, String error) {
        jdbc.sql("UPDATE run_document SET status = 'FAILED', error = ?, error_code = ?, finished_at = ? WHERE run_id = ? AND document_id = ?")
                .params(error.length() > 2000 ? error.substring(0, 2000) : error, code, now(), runId, documentId).update();
    }

    /** Cancels the run and every document not yet finished; a document in hand is dropped when it ends. */
    public List<Long> cancel(long runId) {
        List<Long> open = jdbc.sql("SELECT document_id FROM run_document WHERE run_id = ? AND status IN ('QUEUED', 'RUNNING')")
                .param(runId).query(Long.class).list();
        jdbc.sql("UPDATE run_document SET status = 'CANCELLED', finished_at = ? WHERE run_id = ? AND status IN ('QUEUED', 'RUNNING')")
                .params(now(), runId).update();
        jdbc.sql("UPDATE extraction_run SET status = 'CANCELLED', finished_at = ? WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
                .params(now(), runId).update();
        return open;
    }

    public boolean cancelled(long runId) {
        return jdbc.sql("SELECT status FROM extraction_run WHERE id = ?").param(runId).query(String.class).optional()
                .map("CANCELLED"::equals).orElse(true);
    }

    /**
     * Marks the run finished once no document is queued or running. Called after each document's
     * result is committed, never inside that transaction: two documents ending at the same moment
     * would each still see the other running, and the run would never close.
     */
    public void closeIfComplete(long runId) {
        jdbc.sql("UPDATE extraction_run SET status = 'FINISHED', finished_at = ? WHERE id = ? AND status IN ('QUEUED', 'RUNNING') "
                        + "AND NOT EXISTS (SELECT 1 FROM run_document WHERE run_id = ? AND status IN ('QUEUED', 'RUNNING'))")
                .params(now(), runId, runId).update();
    }

    private static final String DOCUMENTS = "SELECT r.*, d.file_name FROM run_document r JOIN document d ON d.id = r.document_id";

    private List<RunDocument> documents(long runId) {
        return jdbc.sql(DOCUMENTS + " WHERE r.run_id = ? ORDER BY d.file_name, r.document_id").param(runId)
                .query(RunRepository::mapDocument).list();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Run map(ResultSet rs, List<RunDocument> documents) throws SQLException {
        return new Run(rs.getLong("id"), rs.getString("proposer"), rs.getString("prompt_version"), rs.getString("model"),
                rs.getBoolean("validate"), rs.getString("status"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), documents);
    }

    private static RunDocument mapDocument(ResultSet rs, int row) throws SQLException {
        return new RunDocument(rs.getLong("run_id"), rs.getLong("document_id"), rs.getString("file_name"), rs.getString("status"),
                rs.getString("error"), rs.getString("error_code"), rs.getObject("candidate_count", Integer.class), rs.getInt("attempts"), rs.getString("processed_by"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getLong("input_tokens"), rs.getLong("output_tokens"),
                rs.getObject("cost_usd", Double.class));
    }
}
