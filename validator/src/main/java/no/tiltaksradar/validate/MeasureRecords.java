package no.tiltaksradar.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.CandidateInput;
import no.tiltaksradar.model.CandidateMeasure;

/** Reads candidate records and writes validated measure records, one JSON object per line. */
public final class MeasureRecords {
    private final ObjectMapper json;

    public MeasureRecords(ObjectMapper json) {
        this.json = json;
    }

    public MeasureRecords() {
        this(new ObjectMapper());
    }

    /**
     * Blank lines are skipped; a line that is not a candidate object fails with its line number (for evaluation,
     * where a broken predictions file must stop the count). Validation reads through {@link #readInputs}.
     */
    public List<CandidateMeasure> readCandidates(Reader in) throws IOException {
        List<CandidateMeasure> candidates = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                candidates.add(parse(line, number));
            }
        }
        return candidates;
    }

    /**
     * Reads candidates from anyone, carelessly written ones too, and never stops at a line: each non-blank
     * line gives one candidate with the problems of its record (see {@link CandidateIntake}). For validation.
     */
    public List<CandidateInput.Read> readInputs(Reader in) throws IOException {
        CandidateIntake intake = new CandidateIntake(json);
        List<CandidateInput.Read> inputs = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                inputs.add(intake.read(line, number));
            }
        }
        return inputs;
    }

    /** Reads a results file of this version or the first one (see {@link RecordedMeasure}); blank lines skipped. */
    public List<RecordedMeasure> readResults(Reader in) throws IOException {
        List<RecordedMeasure> measures = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                try {
                    measures.add(RecordedMeasure.from(parse(line, number), json.readTree(line).path("validation")));
                } catch (IllegalArgumentException e) {
                    throw new IOException("results line " + number + ": unknown status: " + e.getMessage(), e);
                }
            }
        }
        return measures;
    }

    private CandidateMeasure parse(String line, int number) throws IOException {
        try {
            return json.readValue(line, CandidateMeasure.class);
        } catch (IOException e) {
            throw new IOException("candidate line " + number + ": " + e.getMessage(), e);
        }
    }

    public String toJson(ValidatedMeasure measure) throws IOException {
        return json.writeValueAsString(measure);
    }

    public void write(List<ValidatedMeasure> measures, Writer out) throws IOException {
        for (ValidatedMeasure measure : measures) {
            out.write(toJson(measure));
            out.write('\n');
        }
    }
}
