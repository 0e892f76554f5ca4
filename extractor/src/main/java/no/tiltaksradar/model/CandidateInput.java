package no.tiltaksradar.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A candidate record as someone wrote it — a proposer, a person, a careless model — with every
 * value as given, possibly absent or impossible. {@link #read()} makes it a {@link CandidateMeasure}
 * that holds the record's invariants and says what had to be changed for that: a validation batch
 * judges such a record "needs review" with that reason instead of stopping.
 *
 * <p>Absent values that the record format allows to be absent (page, offsets, kind, lists,
 * confidence, origin) are defaults, not problems: a hand-made record names only what it knows.
 */
public record CandidateInput(
        String document, String documentSha256, String id, String kind, String name, String quote,
        Integer page, Integer pageEnd, String pageLabel, Integer charStart, Integer charEnd, String section,
        List<String> responsible, String ministry, List<String> collaborators, String deadline,
        List<String> technology, List<String> purpose, String parent, Double confidence, String proposer, String origin) {

    /** Stands for the cited document's name when a record names none; no document is called that. */
    public static final String NO_DOCUMENT = "(no document named)";

    private static final int UNKNOWN = CandidateMeasure.UNKNOWN;

    /**
     * The candidate and what was wrong with the record.
     *
     * @param problems one line per impossible or missing value, naming the field and what it was read as; empty when none
     */
    public record Read(CandidateMeasure candidate, List<String> problems) {
        public Read {
            Objects.requireNonNull(candidate, "candidate");
            problems = List.copyOf(problems);
        }
    }

    /** Never throws: each value the invariants refuse becomes unknown, clamped or empty, and a problem. */
    public Read read() {
        List<String> problems = new ArrayList<>();
        String cited = document;
        if (cited == null || cited.isBlank()) {
            problems.add("document: none named; the quote cannot be checked against a document");
            cited = NO_DOCUMENT;
        }
        if (quote == null) {
            problems.add("quote: none given");
        }
        CandidateMeasure candidate = CandidateMeasure.builder(cited, kind(problems), quote == null ? "" : quote)
                .documentSha256(documentSha256).id(id).name(name)
                .location(location(problems))
                .fields(new CandidateMeasure.RegisterFields(list(responsible, "responsible", problems), ministry,
                        list(collaborators, "collaborators", problems), deadline, list(technology, "technology", problems),
                        list(purpose, "purpose", problems), parent))
                // an origin this version does not know is unknown, not a problem: a newer writer's record stays readable
                .provenance(new CandidateMeasure.Provenance(confidence(problems), proposer, Origin.fromJson(origin)))
                .build();
        return new Read(candidate, problems);
    }

    private MeasureKind kind(List<String> problems) {
        if (kind == null || kind.isBlank()) {
            return MeasureKind.MEASURE; // the record format's default: a candidate claims a measure unless it says goal
        }
        try {
            return MeasureKind.fromJson(kind);
        } catch (IllegalArgumentException e) {
            problems.add("kind: \"" + kind + "\" is neither measure nor goal; read as measure");
            return MeasureKind.MEASURE;
        }
    }

    private CandidateMeasure.Location location(List<String> problems) {
        int first = page == null ? UNKNOWN : page;
        int last = pageEnd == null ? first : pageEnd;
        if (first < 1 && first != UNKNOWN) {
            problems.add("page: " + first + " is not a page (pages count from 1); read as unknown");
            first = UNKNOWN;
            last = UNKNOWN; // the page end of an impossible page says nothing of its own
        }
        if (last != first && (first == UNKNOWN || last < first)) {
            problems.add("pageEnd: " + last + (first == UNKNOWN ? " without a known page" : " is before page " + first)
                    + "; read as " + (first == UNKNOWN ? "unknown" : "page " + first));
            last = first;
        }
        int start = charStart == null ? UNKNOWN : charStart;
        int end = charEnd == null ? UNKNOWN : charEnd;
        if (!(start == UNKNOWN && end == UNKNOWN || 0 <= start && start <= end)) {
            problems.add("charStart/charEnd: " + start + "-" + end + " is not a span of the text; read as unknown");
            start = UNKNOWN;
            end = UNKNOWN;
        }
        return new CandidateMeasure.Location(first, last, pageLabel, start, end, section);
    }

    private double confidence(List<String> problems) {
        if (confidence == null) {
            return 0.0;
        }
        if (confidence.isNaN()) {
            problems.add("confidence: not a number; read as 0");
            return 0.0;
        }
        if (confidence < 0.0 || confidence > 1.0) {
            double clamped = Math.clamp(confidence, 0.0, 1.0);
            problems.add(String.format(Locale.ROOT, "confidence: %s is outside 0 to 1; read as %s", confidence, clamped));
            return clamped;
        }
        return confidence;
    }

    private static List<String> list(List<String> values, String field, List<String> problems) {
        if (values == null || values.stream().noneMatch(Objects::isNull)) {
            return values;
        }
        problems.add(field + ": holds an empty entry; left out");
        return values.stream().filter(Objects::nonNull).toList();
    }
}
