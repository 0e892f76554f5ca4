package no.tiltaksradar.document;

import no.tiltaksradar.candidate.CandidateCounts;
import no.tiltaksradar.web.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The document screens: the list of documents, and one document's candidates beside its pages in
 * reading order. Rendered on the server (the marks are plain positioned links), so the view needs
 * no script and a long document's page images load lazily as the reviewer scrolls.
 */
@Controller
class DocumentPageController {
    private final DocumentRepository documents;
    private final DocumentViews views;
    private final CandidateCounts counts;

    DocumentPageController(DocumentRepository documents, DocumentViews views, CandidateCounts counts) {
        this.documents = documents;
        this.views = views;
        this.counts = counts;
    }

    @GetMapping("/documents")
    String list(Model model) {
        model.addAttribute("documents", documents.page(null, PageRequest.of(0, PageRequest.MAX_SIZE, "uploadedAt,desc",
                DocumentRepository.SORTABLE, "id,asc")).items());
        model.addAttribute("counts", counts.byDocument());
        return "documents/list";
    }

    @GetMapping("/documents/{id:\\d+}") // digits only: /documents/documents.css is a static file
    String one(@PathVariable long id, Model model) {
        StoredDocument document = documents.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no document " + id));
        model.addAttribute("view", views.view(document));
        return "documents/document";
    }
}
