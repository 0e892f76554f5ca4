package no.tiltaksradar.trends.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.StoredDocument;
import no.tiltaksradar.index.ChunkIndex;
import no.tiltaksradar.register.RegisterFilter;
import no.tiltaksradar.register.RegisterRepository;
import no.tiltaksradar.register.RegisteredMeasure;
import no.tiltaksradar.trends.Answer;
import no.tiltaksradar.trends.IndexPassageSearch;
import no.tiltaksradar.trends.QuestionAnswerer;
import no.tiltaksradar.trends.TrendData;
import no.tiltaksradar.trends.TrendDocument;
import no.tiltaksradar.trends.TrendMeasure;
import no.tiltaksradar.trends.TrendReport;
import no.tiltaksradar.trends.TrendReporter;
import no.tiltaksradar.web.PageRequest;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Trends over the register: its accepted measures (each cited by its register id and linked to the review screen of
 * the candidate it came from) and the pages of their documents; passages found in the document-scoped index.
 */
@Service
class RegisterTrends {
    private static final Set<String> QUOTE_FOUND = Set.of("VERIFIED", "VERIFIED_FUZZY", "WRONG_PAGE");
    private final RegisterRepository register;
    private final DocumentRepository documents;
    private final CandidateRepository candidates;
    private final ChunkIndex index;

    RegisterTrends(RegisterRepository register, DocumentRepository documents, CandidateRepository candidates, @Lazy ChunkIndex index) {
        this.register = register;
        this.documents = documents;
        this.candidates = candidates;
        this.index = index;
    }

    /** @param filter the register's own filters: the figures and the narrative speak of the measures they leave */
    TrendReport report(RegisterFilter filter) throws IOException {
        return TrendReporter.offline(new IndexPassageSearch(index)).report(data(filter));
    }

    no.tiltaksradar.register.RegisterFacets facets() {
        return register.facets();
    }

    /** @param documentIds register document ids chosen for the question; nothing else is searched or accepted */
    Answer ask(String question, List<Long> documentIds) throws IOException {
        TrendData chosen = new TrendData(documents.findAll(documentIds).stream().map(this::document).toList(), List.of());
        return QuestionAnswerer.extractive(new IndexPassageSearch(index)).answer(question, chosen);
    }

    List<StoredDocument> documents() {
        return documents.page(null, PageRequest.of(0, PageRequest.MAX_SIZE, "id", DocumentRepository.SORTABLE, "id")).items();
    }

    /** Register ids of the documents by their sha256, to link a passage to its page. */
    Map<String, Long> documentIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        documents().forEach(d -> ids.put(d.sha256(), d.id()));
        return ids;
    }

    private TrendData data(RegisterFilter filter) {
        List<RegisteredMeasure> entries = register.all(filter, null); // every entry the filters select, as an export reads them
        List<Long> documentIds = entries.stream().map(RegisteredMeasure::documentId).distinct().toList();
        List<StoredDocument> stored = documents.findAll(documentIds);
        Map<Long, String> sha = new LinkedHashMap<>();
        stored.forEach(d -> sha.put(d.id(), d.sha256()));
        return new TrendData(stored.stream().map(this::document).toList(),
                entries.stream().map(m -> measure(m, sha.get(m.documentId()))).toList());
    }

    private TrendDocument document(StoredDocument d) {
        return new TrendDocument(d.sha256(), d.fileName(), d.title(), d.publisher(), d.year(), documents.pages(d.id()).stream()
                .map(p -> new TrendDocument.PageText(p.number(), p.label(), p.text())).toList());
    }

    /**
     * An entry is in the register because a reviewer accepted it, so it counts; its quote counts as verified only when
     * the validator found it in the document (a reviewer may accept an unverified quote, and a citation of it is then
     * marked, not shown as fact).
     */
    private TrendMeasure measure(RegisteredMeasure m, String documentSha) {
        Optional<Candidate> source = register.sources(m.id()).stream().findFirst()
                .flatMap(s -> candidates.find(((Number) s.get("candidateId")).longValue()));
        boolean quoteFound = source.map(c -> QUOTE_FOUND.contains(c.quoteStatus())).orElse(false);
        return new TrendMeasure("R" + m.id(), m.documentName(), documentSha,
                m.kind() == null ? null : m.kind().toLowerCase(java.util.Locale.ROOT), m.name(), m.quote() == null ? "" : m.quote(),
                m.page() == null ? 0 : m.page(), source.map(Candidate::pageLabel).orElse(null), m.responsibleMinistry(),
                m.responsibleAgency(), m.collaborators(), m.timeFrame(), m.technology(), m.purpose(), quoteFound && m.quote() != null,
                true, source.map(c -> "/trends/source?candidate=" + c.id()).orElse(null));
    }
}
