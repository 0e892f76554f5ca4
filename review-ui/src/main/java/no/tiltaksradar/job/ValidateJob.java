package no.tiltaksradar.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.IngestException;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.validate.CitationValidator;
import no.tiltaksradar.validate.MeasureRecords;
import no.tiltaksradar.validate.ValidatedMeasure;

/**
 * Ingest → validate for candidates made elsewhere (another proposer, a person): the documents
 * are read here and the validator is the one extraction uses, LLM judge included when configured.
 */
public final class ValidateJob {
    private final DocumentIngester ingester;
    private final Function<List<SourceDocument>, CitationValidator> validators;

    /** @param validators builds the validator over exactly these documents */
    public ValidateJob(DocumentIngester ingester, Function<List<SourceDocument>, CitationValidator> validators) {
        this.ingester = ingester;
        this.validators = validators;
    }

    /**
     * @param failures one line per document that could not be read (its candidates come out "unknown document")
     */
    public record Result(List<ValidatedMeasure> validated, int documentsRead, List<String> failures) {
    }

    /**
     * Candidates for one document, checked against it; the document comes back too, as read, for whoever places the
     * quotes on its pages.
     *
     * @param records one JSON object per validated candidate, as a results file holds them
     * @param failure null when the document could be read; else why not (file and reason)
     */
    public record Checked(SourceDocument document, List<String> records, String failure) {
    }

    public Checked check(Path document, Reader candidates) throws IOException {
        SourceDocument read;
        try {
            read = ingester.ingest(document);
        } catch (IngestException e) {
            return new Checked(null, List.of(), e.getMessage());
        }
        MeasureRecords json = new MeasureRecords();
        List<String> records = new ArrayList<>();
        for (ValidatedMeasure measure : validators.apply(List.of(read)).validateRead(json.readInputs(candidates))) {
            records.add(json.toJson(measure));
        }
        return new Checked(read, records, null);
    }

    public Result run(List<Path> documents, Reader candidates) throws IOException {
        List<SourceDocument> read = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : documents) {
            try {
                read.add(ingester.ingest(file));
            } catch (IngestException e) {
                failures.add(e.getMessage());
            }
        }
        // read leniently: a careless line comes out needing review with its reason, and the other lines are validated
        List<ValidatedMeasure> validated = validators.apply(read).validateRead(new MeasureRecords().readInputs(candidates));
        return new Result(validated, read.size(), failures);
    }
}
