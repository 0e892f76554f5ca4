package no.tiltaksradar.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentPage;
import no.tiltaksradar.document.DocumentRepository;
import org.springframework.stereotype.Component;

/** The source of a register entry: its first candidate's quote and the quote's boxes on the page(s) it stands on. */
@Component
class RegisterSources {
    // A4 in points, for a page whose size was not kept
    private static final double DEFAULT_WIDTH = 595;
    private static final double DEFAULT_HEIGHT = 842;
    private final RegisterRepository register;
    private final CandidateRepository candidates;
    private final DocumentRepository documents;
    private final ObjectMapper json = new ObjectMapper();

    RegisterSources(RegisterRepository register, CandidateRepository candidates, DocumentRepository documents) {
        this.register = register;
        this.candidates = candidates;
        this.documents = documents;
    }

    Optional<SourceView> of(long measureId) {
        return register.sources(measureId).stream().findFirst()
                .flatMap(source -> candidates.find(((Number) source.get("candidateId")).longValue()))
                .map(this::view);
    }

    private SourceView view(Candidate c) {
        Map<Integer, List<JsonNode>> boxesByPage = new LinkedHashMap<>();
        for (JsonNode box : read(c.highlight())) {
            boxesByPage.computeIfAbsent(box.path("page").asInt(), k -> new ArrayList<>()).add(box);
        }
        if (boxesByPage.isEmpty() && c.page() != null) {
            boxesByPage.put(c.page(), List.of()); // quote not found on the page: show the page it names, unmarked
        }
        List<SourceView.PageView> pages = new ArrayList<>();
        boxesByPage.forEach((number, boxes) -> pages.add(page(c.documentId(), number, boxes)));
        return new SourceView(c.id(), c.documentId(), c.documentName(), c.page(), c.pageLabel(), c.quote(), c.quoteStatus(), pages);
    }

    private SourceView.PageView page(long documentId, int number, List<JsonNode> boxes) {
        Optional<DocumentPage> page = documents.page(documentId, number);
        double width = page.map(DocumentPage::widthPt).orElse(DEFAULT_WIDTH);
        double height = page.map(DocumentPage::heightPt).orElse(DEFAULT_HEIGHT);
        List<SourceView.Box> marks = boxes.stream().map(b -> new SourceView.Box(100 * b.path("x").asDouble() / width,
                100 * b.path("y").asDouble() / height, 100 * b.path("width").asDouble() / width,
                100 * b.path("height").asDouble() / height)).toList();
        return new SourceView.PageView(number, width, height, marks);
    }

    private JsonNode read(String highlight) {
        try {
            return highlight == null ? json.createArrayNode() : json.readTree(highlight);
        } catch (IOException e) {
            return json.createArrayNode(); // an unreadable mark is no reason to hide the page
        }
    }
}
