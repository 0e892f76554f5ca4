package no.tiltaksradar.trends.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentPage;
import no.tiltaksradar.document.DocumentRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /trends/source?candidate=ID}: where a cited measure stands, its quote marked on the page. The review screen
 * shows open candidates only, and a register entry's candidate is already decided, so a citation opens here.
 */
@Controller
class SourceController {
    private final CandidateRepository candidates;
    private final DocumentRepository documents;
    private final ObjectMapper json = new ObjectMapper();

    SourceController(CandidateRepository candidates, DocumentRepository documents) {
        this.candidates = candidates;
        this.documents = documents;
    }

    @GetMapping("/trends/source")
    String source(@RequestParam long candidate, Model model) throws IOException {
        Candidate c = candidates.find(candidate).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int page = c.page() == null ? 1 : c.page();
        DocumentPage p = documents.page(c.documentId(), page).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("source", new SourcePage(c.id(), c.documentId(), c.documentName(), page, c.pageLabel(), c.quote(),
                p.widthPt() == null ? 595 : p.widthPt(), p.heightPt() == null ? 842 : p.heightPt(), boxes(c.highlight(), page)));
        return "trends/source";
    }

    private List<SourcePage.Box> boxes(String highlight, int page) throws IOException {
        List<SourcePage.Box> boxes = new ArrayList<>();
        if (highlight == null) {
            return boxes;
        }
        for (JsonNode b : json.readTree(highlight)) {
            if (b.path("page").asInt() == page) {
                boxes.add(new SourcePage.Box(b.path("x").asDouble(), b.path("y").asDouble(), b.path("width").asDouble(),
                        b.path("height").asDouble()));
            }
        }
        return boxes;
    }
}
