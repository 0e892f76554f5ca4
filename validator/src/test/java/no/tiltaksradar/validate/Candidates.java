package no.tiltaksradar.validate;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;

/** Candidate records for tests: only the fields a test cares about. */
final class Candidates {
    private Candidates() {
    }

    static CandidateMeasure measure(String document, String quote, int page) {
        return of(document, MeasureKind.MEASURE, quote, page, List.of(), null);
    }

    static CandidateMeasure of(String document, MeasureKind kind, String quote, int page, List<String> responsible, String deadline) {
        return new CandidateMeasure(document, null, "c-1", kind, null, quote, page, page, null, -1, -1, null,
                responsible, null, List.of(), deadline, List.of(), List.of(), null, 0.5, "test/1");
    }
}
