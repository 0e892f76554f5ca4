package no.tiltaksradar.run;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** Runs: start one over uploaded documents (admin), follow its progress per document, cancel it. */
@RestController
@Tag(name = "Runs", description = "Extraction runs: start (admin), follow per document, cancel")
@RequestMapping("/api/runs")
class RunController {
    private final RunService runs;

    RunController(RunService runs) {
        this.runs = runs;
    }

    /** @param proposer "pattern" (default, offline) or "llm" when one is configured */
    record NewRun(@NotEmpty List<Long> documentIds, String proposer, Boolean validate) {
    }

    @PostMapping
    ResponseEntity<Run> start(@Valid @RequestBody NewRun request, Principal user) {
        Run run = runs.start(request.documentIds(), request.proposer() == null ? "pattern" : request.proposer(),
                request.validate() == null || request.validate(), user.getName());
        return ResponseEntity.accepted().location(URI.create("/api/runs/" + run.id())).body(run);
    }

    @GetMapping
    List<Run> recent(@RequestParam(defaultValue = "20") int limit) {
        return runs.recent(Math.min(Math.max(limit, 1), 200));
    }

    @GetMapping("/{id}")
    Run one(@PathVariable long id) {
        return runs.find(id);
    }

    @PostMapping("/{id}/cancel")
    Run cancel(@PathVariable long id, Principal user) {
        return runs.cancel(id, user.getName());
    }
}
