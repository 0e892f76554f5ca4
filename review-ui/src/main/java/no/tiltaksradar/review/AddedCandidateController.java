package no.tiltaksradar.review;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A reviewer finds a measure or goal the proposers missed, by searching the document or marking its passage on a page, and adds it. */
@RestController
@Tag(name = "Candidates and decisions")
class AddedCandidateController {
    private final AddedCandidates added;
    private final PassageSearch search;
    private final no.tiltaksradar.job.Suggestions suggestions;

    AddedCandidateController(AddedCandidates added, PassageSearch search, no.tiltaksradar.job.Suggestions suggestions) {
        this.added = added;
        this.search = search;
        this.suggestions = suggestions;
    }

    /** Names a reviewer may pick when correcting fields: public bodies, ministries, technology and purpose tags. */
    @GetMapping("/api/suggestions")
    no.tiltaksradar.job.Suggestions.Lists suggestions() {
        return suggestions.lists();
    }

    /** Sentences of the document that hold the query's words, each with its offsets, ready to be added. */
    @GetMapping("/api/documents/{id}/passages")
    List<PassageSearch.Passage> passages(@PathVariable long id, @RequestParam String q) {
        return search.search(id, q);
    }

    @PostMapping("/api/documents/{id}/candidates")
    ResponseEntity<Candidate> add(@PathVariable long id, @Valid @RequestBody AddRequest request, Principal user) {
        Candidate candidate = added.add(id, request, user.getName());
        return ResponseEntity.created(URI.create("/api/candidates/" + candidate.id())).eTag(Versions.etag(candidate.version())).body(candidate);
    }
}
