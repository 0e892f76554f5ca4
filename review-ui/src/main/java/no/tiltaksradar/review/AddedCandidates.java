package no.tiltaksradar.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentPage;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.FileStore;
import no.tiltaksradar.document.StoredDocument;
import no.tiltaksradar.job.ValidateJob;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * Measures the proposers missed, added by a reviewer from a passage of a page. The quote is cut from the page's own
 * text by the offsets the reviewer selected, never typed, so it is verbatim by construction; it is then validated like
 * any proposal (where it stands, what kind of statement it is) and joins the queue marked as added by that reviewer.
 * This is how the register reaches every measure of a document even where a proposer misses one.
 */
@Service
public class AddedCandidates {
    /** Longer than any measure or goal a document states in one passage; a longer selection is a slip. */
    static final int MAX_QUOTE = 3000;
    private static final int NAME_LENGTH = 140;
    private static final Set<String> KINDS = Set.of("measure", "goal");

    private final DocumentRepository documents;
    private final FileStore files;
    private final ValidateJob validate;
    private final CandidateRepository candidates;
    private final AuditLog audit;
    private final ObjectMapper json = new ObjectMapper();

    public AddedCandidates(DocumentRepository documents, FileStore files, ValidateJob validate, CandidateRepository candidates,
                           AuditLog audit) {
        this.documents = documents;
        this.files = files;
        this.validate = validate;
        this.candidates = candidates;
        this.audit = audit;
    }

    public Candidate add(long documentId, AddRequest request, String reviewer) {
        StoredDocument document = documents.find(documentId).orElseThrow(() -> ApiProblem.notFound("document", documentId));
        DocumentPage page = documents.page(documentId, request.page())
                .orElseThrow(() -> ApiProblem.notFound("page of document " + documentId, request.page()));
        String quote = passage(page, request);
        String kind = request.kind().strip().toLowerCase(java.util.Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw ApiProblem.badRequest("kind must be one of " + KINDS + ", not \"" + request.kind() + "\"");
        }
        ValidateJob.Checked checked = check(document, proposal(document, page, quote, kind, request.name(), reviewer));
        long id = candidates.insertAdded(documentId, checked.records().get(0), checked.document(), reviewer);
        audit.record(reviewer, "CANDIDATE_ADDED", "candidate", id, Map.of("document", documentId, "page", page.number(), "kind", kind));
        return candidates.find(id).orElseThrow();
    }

    private static String passage(DocumentPage page, AddRequest request) {
        String text = page.text();
        int start = request.start();
        int end = request.end();
        if (start < 0 || end > text.length() || start >= end) {
            throw ApiProblem.badRequest("the passage " + start + ".." + end + " is not within page " + page.number()
                    + " (its text has " + text.length() + " characters)");
        }
        String quote = text.substring(start, end).strip();
        if (quote.isEmpty()) {
            throw ApiProblem.badRequest("the passage " + start + ".." + end + " of page " + page.number() + " holds no words");
        }
        if (quote.length() > MAX_QUOTE) {
            throw ApiProblem.badRequest("the passage has " + quote.length() + " characters; a measure is quoted in at most " + MAX_QUOTE);
        }
        return quote;
    }

    private String proposal(StoredDocument document, DocumentPage page, String quote, String kind, String name, String reviewer) {
        ObjectNode record = json.createObjectNode();
        record.put("document", document.fileName());
        record.put("documentSha256", document.sha256());
        record.put("id", "added-" + UUID.randomUUID());
        record.put("kind", kind);
        record.put("name", name == null || name.isBlank() ? opening(quote) : name.strip());
        record.put("quote", quote);
        record.put("page", page.number());
        record.put("pageLabel", page.label());
        record.put("confidence", 1.0);
        record.put("proposer", "reviewer/" + reviewer);
        return record.toString();
    }

    /** The passage's opening words, cut at a word boundary, as a name the reviewer can edit later. */
    static String opening(String quote) {
        String flat = quote.replaceAll("\\s+", " ");
        if (flat.length() <= NAME_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', NAME_LENGTH);
        return flat.substring(0, cut > 0 ? cut : NAME_LENGTH) + " …";
    }

    private ValidateJob.Checked check(StoredDocument document, String proposal) {
        try {
            Path file = files.find(document.sha256())
                    .orElseThrow(() -> ApiProblem.conflict("the file of document " + document.id() + " is missing from the file store"));
            ValidateJob.Checked checked = validate.check(file, new StringReader(proposal));
            if (checked.failure() != null) {
                throw ApiProblem.unprocessable("unreadable-document", checked.failure());
            }
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException("validating a passage of " + document.fileName(), e);
        }
    }
}
