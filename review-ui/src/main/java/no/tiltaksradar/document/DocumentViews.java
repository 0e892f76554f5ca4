package no.tiltaksradar.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateFilter;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.springframework.stereotype.Service;

/**
 * Builds the document view: pages in order and each candidate under the page its quote starts on,
 * in reading order (page, then the quote's offset in the document's text), so a reviewer can work
 * the document top to bottom and see at once which pages have nothing proposed.
 */
@Service
public class DocumentViews {
    private final DocumentRepository documents;
    private final CandidateRepository candidates;
    private final ObjectMapper json = new ObjectMapper();

    public DocumentViews(DocumentRepository documents, CandidateRepository candidates) {
        this.documents = documents;
        this.candidates = candidates;
    }

    public DocumentView view(StoredDocument document) {
        List<Candidate> ordered = inReadingOrder(allOf(document.id()));
        Map<Integer, List<DocumentView.CandidateView>> byPage = new LinkedHashMap<>();
        Map<Integer, List<DocumentView.Mark>> marks = new LinkedHashMap<>();
        List<DocumentView.CandidateView> unplaced = new ArrayList<>();
        List<DocumentPage> pages = documents.pages(document.id());
        Map<Integer, DocumentPage> pageByNumber = new LinkedHashMap<>();
        pages.forEach(p -> pageByNumber.put(p.number(), p));
        int number = 0;
        for (Candidate c : ordered) {
            DocumentView.CandidateView view = viewOf(c, ++number);
            if (c.page() == null || !pageByNumber.containsKey(c.page())) {
                unplaced.add(view);
            } else {
                byPage.computeIfAbsent(c.page(), n -> new ArrayList<>()).add(view);
            }
            addMarks(c, view, pageByNumber, marks);
        }
        boolean pdf = "application/pdf".equals(document.contentType());
        List<DocumentView.PageView> pageViews = pages.stream().map(p -> new DocumentView.PageView(p.number(), p.label(), p.widthPt(),
                p.heightPt(), p.text(), pdf && p.widthPt() != null && p.heightPt() != null, byPage.getOrDefault(p.number(), List.of()),
                marks.getOrDefault(p.number(), List.of()))).toList();
        int empty = (int) pageViews.stream().filter(p -> p.candidates().isEmpty()).count();
        return new DocumentView(document, pageViews, unplaced, ordered.size(), empty);
    }

    /** A candidate with where its quote starts in the document's text, read once from its record. */
    private record Placed(Candidate candidate, int charStart) {
    }

    /**
     * Page first; on a page, the quote's offset in the document's text (where it starts to be read); the id breaks
     * ties. The offset is read before sorting: reading it in the comparator parsed each record some 2·log n times.
     */
    private List<Candidate> inReadingOrder(List<Candidate> candidates) {
        return candidates.stream().map(c -> new Placed(c, charStart(c)))
                .sorted(Comparator.comparing((Placed p) -> p.candidate().page() == null ? Integer.MAX_VALUE : p.candidate().page())
                        .thenComparingInt(Placed::charStart)
                        .thenComparingLong(p -> p.candidate().id()))
                .map(Placed::candidate).toList();
    }

    private int charStart(Candidate c) {
        JsonNode start = read(c.record()).path("charStart");
        return start.isInt() && start.asInt() >= 0 ? start.asInt() : Integer.MAX_VALUE;
    }

    private List<Candidate> allOf(long documentId) {
        CandidateFilter filter = new CandidateFilter(null, null, documentId, null, null, null, null, null, null, null, null, null,
                null, null);
        List<Candidate> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Paged<Candidate> batch = candidates.page(filter, PageRequest.of(page, PageRequest.MAX_SIZE, "id,asc",
                    CandidateRepository.SORTABLE, "id,asc"));
            all.addAll(batch.items());
            if (all.size() >= batch.total() || batch.items().isEmpty()) {
                return all;
            }
        }
    }

    private static DocumentView.CandidateView viewOf(Candidate c, int number) {
        return new DocumentView.CandidateView(c.id(), number, c.kind(), c.name(), c.quote(), c.page(), c.pageLabel(), c.section(),
                c.overallStatus(), c.quoteStatus(), c.reviewState());
    }

    private void addMarks(Candidate c, DocumentView.CandidateView view, Map<Integer, DocumentPage> pages,
                          Map<Integer, List<DocumentView.Mark>> marks) {
        JsonNode boxes = read(c.highlight());
        Map<Integer, Boolean> started = new LinkedHashMap<>();
        for (JsonNode box : boxes) {
            DocumentPage page = pages.get(box.path("page").asInt());
            if (page == null || page.widthPt() == null || page.heightPt() == null) {
                continue;
            }
            boolean first = started.putIfAbsent(page.number(), true) == null;
            marks.computeIfAbsent(page.number(), n -> new ArrayList<>()).add(new DocumentView.Mark(c.id(), view.number(),
                    view.verified(), first, percent(box.path("x").asDouble(), page.widthPt()),
                    percent(box.path("y").asDouble(), page.heightPt()), percent(box.path("width").asDouble(), page.widthPt()),
                    percent(box.path("height").asDouble(), page.heightPt())));
        }
    }

    private static String percent(double points, double of) {
        return String.format(Locale.ROOT, "%.3f", 100 * points / of);
    }

    private JsonNode read(String raw) {
        if (raw == null || raw.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(raw);
        } catch (IOException e) {
            return json.missingNode(); // a record or highlight that cannot be read still lists its candidate, without marks
        }
    }
}
