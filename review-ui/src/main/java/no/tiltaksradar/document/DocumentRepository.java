package no.tiltaksradar.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class DocumentRepository {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "fileName", "file_name", "year", "pub_year",
            "uploadedAt", "uploaded_at", "pageCount", "page_count");
    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredDocument> find(long id) {
        return jdbc.sql("SELECT * FROM document WHERE id = ?").param(id).query(DocumentRepository::map).optional();
    }

    public Optional<StoredDocument> findBySha256(String sha256) {
        return jdbc.sql("SELECT * FROM document WHERE sha256 = ?").param(sha256).query(DocumentRepository::map).optional();
    }

    public List<StoredDocument> findAll(List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql("SELECT * FROM document WHERE id IN (:ids) ORDER BY id").param("ids", ids).query(DocumentRepository::map).list();
    }

    public Paged<StoredDocument> page(String text, PageRequest request) {
        String where = text == null || text.isBlank() ? "" : " WHERE LOWER(file_name) LIKE :q OR LOWER(title) LIKE :q OR LOWER(publisher) LIKE :q";
        var count = jdbc.sql("SELECT COUNT(*) FROM document" + where);
        var select = jdbc.sql("SELECT * FROM document" + where + request.orderBy(SORTABLE, "id")
                + " OFFSET " + request.offset() + " ROWS FETCH NEXT " + request.size() + " ROWS ONLY");
        if (!where.isEmpty()) {
            String like = "%" + text.toLowerCase(java.util.Locale.ROOT) + "%";
            count = count.param("q", like);
            select = select.param("q", like);
        }
        return new Paged<>(select.query(DocumentRepository::map).list(), request.page(), request.size(),
                count.query(Long.class).single(), request.sort(), text == null ? Map.of() : Map.of("q", text));
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }

    public long insert(String sha256, String fileName, String contentType, long size, String uploadedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO document (sha256, file_name, content_type, size_bytes, status, uploaded_by, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, 'STORED', ?, ?)")
                .params(sha256, fileName, contentType, size, uploadedBy, Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Keeps what ingest read: metadata and every page's text; a second call for the same document changes nothing. */
    @Transactional
    public void saveIngested(long id, SourceDocument document, List<PageImages.PageSize> sizes) {
        int stored = jdbc.sql("SELECT COUNT(*) FROM document_page WHERE document_id = ?").param(id).query(Integer.class).single();
        if (stored > 0) {
            return;
        }
        jdbc.sql("UPDATE document SET title = ?, publisher = ?, pub_year = ?, page_count = ?, status = 'INGESTED', error = NULL WHERE id = ?")
                .params(document.metadata().title(), document.metadata().publisher(), document.metadata().year(),
                        document.pages().size(), id)
                .update();
        for (Page page : document.pages()) {
            PageImages.PageSize size = page.number() <= sizes.size() ? sizes.get(page.number() - 1) : null;
            jdbc.sql("INSERT INTO document_page (document_id, page_number, page_label, page_text, width_pt, height_pt, words_json) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, page.number(), page.label(), page.text(), size == null ? null : size.width(),
                            size == null ? null : size.height(), wordsJson(page)).update();
        }
    }

    /** The page's words as [[start, end, x, y, width, height], ...]; empty when the page was kept before words were. */
    public Optional<String> words(long id, int number) {
        return jdbc.sql("SELECT words_json FROM document_page WHERE document_id = ? AND page_number = ?").params(id, number)
                .query(String.class).optional();
    }

    private static String wordsJson(Page page) {
        try {
            return JSON.writeValueAsString(TextLayer.words(page).stream().map(TextLayer.Word::compact).toList());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("word boxes are plain numbers: " + e.getOriginalMessage(), e);
        }
    }

    public void markFailed(long id, String error) {
        jdbc.sql("UPDATE document SET status = 'FAILED', error = ? WHERE id = ? AND status <> 'INGESTED'").params(error, id).update();
    }

    public List<DocumentPage> pages(long id) {
        return jdbc.sql("SELECT * FROM document_page WHERE document_id = ? ORDER BY page_number").param(id)
                .query(DocumentRepository::mapPage).list();
    }

    public Optional<DocumentPage> page(long id, int number) {
        return jdbc.sql("SELECT * FROM document_page WHERE document_id = ? AND page_number = ?").params(id, number)
                .query(DocumentRepository::mapPage).optional();
    }

    private static DocumentPage mapPage(ResultSet rs, int row) throws SQLException {
        return new DocumentPage(rs.getInt("page_number"), rs.getString("page_label"), rs.getString("page_text"),
                rs.getObject("width_pt", Double.class), rs.getObject("height_pt", Double.class));
    }

    private static StoredDocument map(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getLong("id"), rs.getString("sha256"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("title"), rs.getString("publisher"), (Integer) rs.getObject("pub_year", Integer.class),
                (Integer) rs.getObject("page_count", Integer.class), rs.getString("status"), rs.getString("error"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
