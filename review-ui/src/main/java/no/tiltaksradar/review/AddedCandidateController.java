package no.tiltaksradar.review;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A reviewer adds a measure or goal the proposers missed, by marking its passage on a page. */
@RestController
@Tag(name = "Candidates and decisions")
class AddedCandidateController {
    private final AddedCandidates added;

    AddedCandidateController(AddedCandidates added) {
        this.added = added;
    }

    @PostMapping("/api/documents/{id}/candidates")
    ResponseEntity<Candidate> add(@PathVariable long id, @Valid @RequestBody AddRequest request, Principal user) {
        Candidate candidate = added.add(id, request, user.getName());
        return ResponseEntity.created(URI.create("/api/candidates/" + candidate.id())).eTag(Versions.etag(candidate.version())).body(candidate);
    }
}
