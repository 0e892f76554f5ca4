package no.tiltaksradar.review;

import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.web.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review screen. The page is a shell with the queue's filters; review.js then reads candidates, page
 * images and decisions through the JSON API, so a decision shows the next candidate without a page reload.
 */
@Controller
class ReviewPageController {
    private final DocumentRepository documents;

    ReviewPageController(DocumentRepository documents) {
        this.documents = documents;
    }

    @GetMapping("/review")
    String review(@RequestParam(required = false) Long document, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) Long candidate, Model model) {
        model.addAttribute("documents", documents.page(null, PageRequest.of(0, PageRequest.MAX_SIZE, "fileName,asc",
                DocumentRepository.SORTABLE, "id,asc")).items());
        model.addAttribute("document", document);
        model.addAttribute("status", blankToNull(status));
        model.addAttribute("kind", blankToNull(kind));
        model.addAttribute("candidate", candidate);
        return "review/review";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
