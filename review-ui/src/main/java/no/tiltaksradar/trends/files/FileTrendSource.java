package no.tiltaksradar.trends.files;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.job.DocumentFiles;
import no.tiltaksradar.job.DocumentOutcome;
import no.tiltaksradar.job.IngestJob;
import no.tiltaksradar.job.SearchJob;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.trends.PassageSearch;
import no.tiltaksradar.trends.TrendData;
import no.tiltaksradar.trends.TrendDocument;
import no.tiltaksradar.trends.TrendMeasure;
import no.tiltaksradar.validate.MeasureRecords;
import no.tiltaksradar.validate.OverallStatus;
import no.tiltaksradar.validate.RecordedMeasure;

/**
 * Reads what trends and questions work on from files: measure records from a results file and, when given, the documents
 * themselves (ingested and indexed through {@link IngestJob}, searched one document at a time through {@link SearchJob}).
 */
public final class FileTrendSource {
    private final IngestJob ingest;
    private final SearchJob search;
    private final MeasureRecords records = new MeasureRecords();

    public FileTrendSource(IngestJob ingest, SearchJob search) {
        this.ingest = ingest;
        this.search = search;
    }

    /**
     * @param data the documents and measures
     * @param search retrieval that can only reach the documents read here
     * @param problems one line per file that could not be read (file and reason)
     */
    public record Input(TrendData data, PassageSearch search, List<String> problems) {
    }

    /**
     * @param results a results file, or null for documents alone (questions)
     * @param allCandidates count every validated candidate, not only the verified ones
     */
    public Input read(Path results, List<Path> documentArguments, boolean allCandidates) throws IOException {
        List<TrendMeasure> measures = results == null ? List.of() : measures(results, allCandidates);
        List<TrendDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Path> files = new HashMap<>();
        DocumentFiles.Selection selection = DocumentFiles.select(documentArguments);
        selection.problems().forEach(p -> problems.add(p.failure()));
        for (Path file : selection.files()) {
            DocumentOutcome outcome = ingest.process(file);
            if (!outcome.succeeded()) {
                problems.add(outcome.failure());
                continue;
            }
            SourceDocument d = outcome.document();
            files.put(d.id(), file);
            documents.add(new TrendDocument(d.id(), d.fileName(), d.metadata().title(), d.metadata().publisher(), d.metadata().year(),
                    d.pages().stream().map(p -> new TrendDocument.PageText(p.number(), p.label(), p.text())).toList()));
        }
        PassageSearch passages = (documentId, query, limit) -> {
            Path file = files.get(documentId);
            if (file == null) {
                return List.of(); // a document not read here is not searched: retrieval never leaves the chosen set
            }
            return search.search(file, query, limit).hits().stream()
                    .map(h -> new PassageSearch.Hit(h.pageStart(), h.pageEnd(), h.text(), h.score())).toList();
        };
        return new Input(new TrendData(documents, measures), passages, problems);
    }

    private List<TrendMeasure> measures(Path results, boolean allCandidates) throws IOException {
        List<RecordedMeasure> recorded;
        try (Reader in = Files.newBufferedReader(results)) {
            recorded = records.readResults(in);
        }
        return recorded.stream().map(r -> TrendMeasure.of(r.candidate(), r.quoteStatus() != null && r.quoteStatus().quoteFound(),
                allCandidates || r.status() == OverallStatus.VERIFIED)).toList();
    }
}
