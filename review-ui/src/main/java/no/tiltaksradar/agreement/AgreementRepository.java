package no.tiltaksradar.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Double reviews (replaced when an admin assigns again) and independent decisions (appended, never changed). */
@Repository
class AgreementRepository {
    private static final String SELECT_REVIEW = "SELECT r.*, d.file_name FROM double_review r JOIN document d ON d.id = r.document_id";
    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void assign(long documentId, String first, String second, String admin) {
        jdbc.sql("DELETE FROM double_review WHERE document_id = ?").param(documentId).update();
        jdbc.sql("INSERT INTO double_review (document_id, first_reviewer, second_reviewer, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)")
                .params(documentId, first, second, admin, Timestamp.from(Instant.now())).update();
    }

    Optional<DoubleReview> find(long documentId) {
        return jdbc.sql(SELECT_REVIEW + " WHERE r.document_id = ?").param(documentId).query(AgreementRepository::review).optional();
    }

    List<DoubleReview> all() {
        return jdbc.sql(SELECT_REVIEW + " ORDER BY d.file_name, r.document_id").query(AgreementRepository::review).list();
    }

    /**
     * Locks the candidate's row until the deciding transaction ends, so two reviewers deciding at the same moment are
     * taken one after the other and the second sees the first's decision.
     */
    void lockCandidate(long candidateId) {
        jdbc.sql("SELECT id FROM candidate WHERE id = ? FOR UPDATE").param(candidateId).query(Long.class).optional();
    }

    IndependentDecision append(long candidateId, long documentId, String reviewer, String action, String kind, String reason,
                               String comment, int candidateVersion) {
        Instant now = Instant.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO independent_decision (candidate_id, document_id, reviewer, action, kind, reason, comment_text, decided_at, "
                        + "candidate_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(candidateId, documentId, reviewer, action, kind, reason, comment, Timestamp.from(now), candidateVersion)
                .update(key, "id");
        return new IndependentDecision(key.getKey().longValue(), candidateId, documentId, reviewer, action, kind, reason, comment, now,
                candidateVersion);
    }

    List<IndependentDecision> forCandidate(long candidateId) {
        return jdbc.sql("SELECT * FROM independent_decision WHERE candidate_id = ? ORDER BY id").param(candidateId)
                .query(AgreementRepository::decision).list();
    }

    List<IndependentDecision> forDocument(long documentId) {
        return jdbc.sql("SELECT * FROM independent_decision WHERE document_id = ? ORDER BY candidate_id, id").param(documentId)
                .query(AgreementRepository::decision).list();
    }

    /** Ids of the candidates this reviewer has decided independently, so a queue can leave them out. */
    List<Long> decidedBy(String reviewer, Long documentId) {
        String where = documentId == null ? "" : " AND document_id = :document";
        var statement = jdbc.sql("SELECT candidate_id FROM independent_decision WHERE reviewer = :reviewer" + where + " ORDER BY candidate_id")
                .param("reviewer", reviewer);
        return (documentId == null ? statement : statement.param("document", documentId)).query(Long.class).list();
    }

    /** How many candidates each reviewed document has, and how many of them are still open. */
    List<CandidateCount> candidateCounts() {
        return jdbc.sql("SELECT c.document_id, COUNT(*) AS total, SUM(CASE WHEN c.review_state = 'OPEN' THEN 1 ELSE 0 END) AS open_count "
                        + "FROM candidate c JOIN double_review r ON r.document_id = c.document_id GROUP BY c.document_id")
                .query((rs, row) -> new CandidateCount(rs.getLong("document_id"), rs.getInt("total"), rs.getInt("open_count"))).list();
    }

    record CandidateCount(long documentId, int total, int open) {
    }

    private static DoubleReview review(ResultSet rs, int row) throws SQLException {
        return new DoubleReview(rs.getLong("document_id"), rs.getString("file_name"), rs.getString("first_reviewer"),
                rs.getString("second_reviewer"), rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant());
    }

    private static IndependentDecision decision(ResultSet rs, int row) throws SQLException {
        return new IndependentDecision(rs.getLong("id"), rs.getLong("candidate_id"), rs.getLong("document_id"), rs.getString("reviewer"),
                rs.getString("action"), rs.getString("kind"), rs.getString("reason"), rs.getString("comment_text"),
                rs.getTimestamp("decided_at").toInstant(), rs.getInt("candidate_version"));
    }
}
