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
        return CandidateMeasure.builder(document, kind, quote).id("c-1").pages(page, page).responsible(responsible).deadline(deadline)
                .proposer(0.5, "test/1", null).build();
    }
}
