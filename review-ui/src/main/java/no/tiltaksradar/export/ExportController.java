package no.tiltaksradar.export;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateFilter;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.StoredDocument;
import no.tiltaksradar.register.RegisterFilter;
import no.tiltaksradar.register.RegisterRepository;
import no.tiltaksradar.run.RunRepository;
import no.tiltaksradar.web.ApiProblem;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Downloads of the register (with the register's filters) and of one run's candidates (with the candidate list's
 * filters), as {@code format=csv|xlsx|json|jsonld}. Each file names the filters that produced it.
 */
@RestController
@Tag(name = "Exports", description = "The register and a run's candidates as CSV, XLSX, JSON and JSON-LD")
@RequestMapping("/api/export")
class ExportController {
    private final Map<String, Exporter> exporters = new LinkedHashMap<>();
    private final RegisterRepository register;
    private final CandidateRepository candidates;
    private final DocumentRepository documents;
    private final RunRepository runs;
    private final MessageSource messages;
    private final Clock clock;

    ExportController(List<Exporter> exporters, RegisterRepository register, CandidateRepository candidates, DocumentRepository documents,
                     RunRepository runs, MessageSource messages) {
        exporters.forEach(e -> this.exporters.put(e.format(), e));
        this.register = register;
        this.candidates = candidates;
        this.documents = documents;
        this.runs = runs;
        this.messages = messages;
        this.clock = Clock.systemUTC();
    }

    /** The register's entries the filters select (all when none), ordered like the register list. */
    @GetMapping("/register")
    ResponseEntity<byte[]> register(@RequestParam(defaultValue = "csv") String format, RegisterFilter filter,
                                    @RequestParam(required = false) String sort) throws IOException {
        Exporter exporter = exporter(format);
        List<ExportRow> rows = register.all(filter, sort).stream().map(ExportRows::of).toList();
        Map<String, String> filters = new LinkedHashMap<>(filter.asMap());
        if (sort != null && !sort.isBlank()) {
            filters.put("sort", sort);
        }
        return file(exporter, new Export("register", filters, Instant.now(clock), rows, labels(), baseUri(), "/api/register/"), "register");
    }

    /** One run's candidates, filtered like {@code GET /api/candidates} (the run itself is always one of the filters). */
    @GetMapping("/runs/{runId}")
    ResponseEntity<byte[]> run(@PathVariable long runId, @RequestParam(defaultValue = "csv") String format, CandidateFilter filter)
            throws IOException {
        Exporter exporter = exporter(format);
        runs.find(runId).orElseThrow(() -> ApiProblem.notFound("run", runId));
        CandidateFilter inRun = withRun(filter, runId);
        Map<Long, Integer> years = new HashMap<>();
        List<ExportRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Paged<Candidate> batch = candidates.page(inRun, PageRequest.of(page, PageRequest.MAX_SIZE, "id,asc", CandidateRepository.SORTABLE, "id,asc"));
            batch.items().forEach(c -> rows.add(ExportRows.of(c,
                    years.computeIfAbsent(c.documentId(), id -> documents.find(id).map(StoredDocument::year).orElse(null)))));
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= batch.total()) {
                break;
            }
        }
        Export export = new Export("run " + runId, CandidateFilters.asMap(inRun), Instant.now(clock), rows, labels(), baseUri(),
                "/api/candidates/");
        return file(exporter, export, "run-" + runId);
    }

    private ResponseEntity<byte[]> file(Exporter exporter, Export export, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(export, out);
        String fileName = "tiltaksradar-" + name + "-" + LocalDate.ofInstant(export.createdAt(), ZoneId.of("Europe/Oslo")) + "."
                + exporter.format();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(exporter.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toByteArray());
    }

    private Exporter exporter(String format) {
        Exporter exporter = exporters.get(format.toLowerCase(Locale.ROOT));
        if (exporter == null) {
            throw ApiProblem.badRequest("unknown export format '" + format + "'; formats are " + exporters.keySet());
        }
        return exporter;
    }

    /** Column headings and metadata words in the reader's language (Bokmål unless English was chosen). */
    private Function<String, String> labels() {
        Locale locale = LocaleContextHolder.getLocale();
        return key -> messages.getMessage("export." + key, null, key, locale);
    }

    private static String baseUri() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static CandidateFilter withRun(CandidateFilter f, long runId) {
        return new CandidateFilter(f.status(), f.quoteStatus(), f.document(), runId, f.kind(), f.minConfidence(), f.maxConfidence(),
                f.ministry(), f.agency(), f.year(), f.technology(), f.purpose(), f.reviewState(), f.q());
    }
}
