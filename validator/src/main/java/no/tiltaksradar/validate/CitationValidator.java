package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.CandidateInput;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.SourceDocument;

/**
 * The second agent: for each candidate it re-reads the one document the candidate names (never
 * a chunk, never the proposer's reasoning), finds the quote itself, corrects page and offsets,
 * judges the claimed kind and checks the filled fields. A quote that is not in that document
 * is never verified, whoever proposed it.
 */
public final class CitationValidator {
    // long enough to reach the heading above a list of several items
    static final int CONTEXT_BEFORE = 1500;
    // far enough to reach a label some layouts put below a box of items
    static final int CONTEXT_AFTER = 800;

    private final DocumentCatalog catalog;
    private final QuoteMatcher matcher;
    private final MeasureJudge ruleJudge;
    private final MeasureJudge llmJudge;
    private final FieldChecker fieldChecker;
    private final KindDecision kindDecision = new KindDecision();
    private final int parallelism;

    /** @param llmJudge null when no LLM is configured */
    public CitationValidator(DocumentCatalog catalog, QuoteMatcher matcher, MeasureJudge ruleJudge, MeasureJudge llmJudge,
                             TextNormalizer normalizer) {
        this(catalog, matcher, ruleJudge, llmJudge, new FieldChecker(normalizer), 1);
    }

    private CitationValidator(DocumentCatalog catalog, QuoteMatcher matcher, MeasureJudge ruleJudge, MeasureJudge llmJudge,
                              FieldChecker fieldChecker, int parallelism) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.ruleJudge = ruleJudge;
        this.llmJudge = llmJudge;
        this.fieldChecker = fieldChecker;
        this.parallelism = parallelism;
    }

    /** The offline validator: rule judge only. */
    public static CitationValidator offline(List<SourceDocument> documents) {
        return withJudges(documents, new RuleMeasureJudge(), null);
    }

    /** @param llmJudge e.g. an {@link LlmMeasureJudge}; null for none */
    public static CitationValidator withJudges(List<SourceDocument> documents, MeasureJudge ruleJudge, MeasureJudge llmJudge) {
        TextNormalizer normalizer = new TextNormalizer();
        return new CitationValidator(new DocumentCatalog(documents, normalizer), new QuoteMatcher(normalizer),
                ruleJudge, llmJudge, normalizer);
    }

    /** Validates the candidates, {@link #withParallelism parallelism} at a time, results in their order. */
    public List<ValidatedMeasure> validateAll(List<CandidateMeasure> candidates) {
        return BoundedParallel.map(candidates, parallelism, candidate -> ValidatedMeasure.of(candidate, validate(candidate)));
    }

    /**
     * Validates candidates as read from a file: each record's problems (see {@link CandidateInput}) join its verdict,
     * so a careless record comes out needing review and saying why.
     */
    public List<ValidatedMeasure> validateRead(List<CandidateInput.Read> inputs) {
        return BoundedParallel.map(inputs, parallelism, input -> ValidatedMeasure.of(input.candidate(),
                validate(input.candidate()).withRecordProblems(input.problems())));
    }

    /** This validator validating up to {@code n} candidates at a time: the LLM judge's calls wait on the network. */
    public CitationValidator withParallelism(int n) {
        return new CitationValidator(catalog, matcher, ruleJudge, llmJudge, fieldChecker, Math.max(1, n));
    }

    public Verdict validate(CandidateMeasure candidate) {
        DocumentCatalog.Resolution resolution = catalog.resolve(candidate);
        if (resolution.rejection() != null) {
            return Verdict.rejected(resolution.rejection());
        }
        if (candidate.quote() == null || candidate.quote().isBlank()) {
            return Verdict.rejected("empty quote");
        }
        IndexedDocument document = resolution.document();
        QuoteMatch match = matcher.find(document, candidate.quote());
        if (match.occurrences().isEmpty()) {
            return notFound(document, match.closest());
        }
        return found(candidate, document, match.occurrences());
    }

    private static Verdict notFound(IndexedDocument document, QuoteMatch.Approximation closest) {
        String reason = "quote not in " + document.document().fileName();
        if (closest == null) {
            return new Verdict(ValidationStatus.NOT_FOUND, 0, 0, 0, null, -1, -1, List.of(reason + "; no span shares its words"),
                    List.of(), List.of(), null);
        }
        Location hint = Location.of(document, closest.charStart(), closest.charEnd());
        String hintReason = String.format(java.util.Locale.ROOT, "closest span on page %d (chars %d-%d) scores %.2f: \"%s\"",
                hint.page(), hint.charStart(), hint.charEnd(), closest.score(), excerpt(document, hint));
        return new Verdict(ValidationStatus.NOT_FOUND, closest.score(), hint.page(), hint.pageEnd(), hint.pageLabel(),
                hint.charStart(), hint.charEnd(), List.of(reason, hintReason), List.of(), List.of(), null);
    }

    private Verdict found(CandidateMeasure candidate, IndexedDocument document, List<QuoteMatch.Occurrence> occurrences) {
        PageChoice choice = PageChoice.choose(document, candidate.page(), candidate.charStart(), occurrences);
        Location location = choice.location();
        List<String> reasons = new ArrayList<>(choice.reasons());
        if (candidate.charStart() >= 0 && (candidate.charStart() != location.charStart() || candidate.charEnd() != location.charEnd())) {
            reasons.add("offsets corrected from " + candidate.charStart() + "-" + candidate.charEnd() + " to "
                    + location.charStart() + "-" + location.charEnd());
        }
        QuoteInContext quote = new QuoteInContext(document.text().substring(location.charStart(), location.charEnd()),
                location.before(document, CONTEXT_BEFORE), location.after(document, CONTEXT_AFTER));
        Judgement rule = ruleJudge.judge(quote, candidate.kind());
        Judgement llm = llmJudge == null ? null : llmJudge.judge(quote, candidate.kind());
        KindVerdict kind = kindDecision.decide(candidate.kind(), rule, llm);
        for (Judgement judgement : kind.readings()) {
            reasons.add(judgement.judge() + ": " + (judgement.failed() ? "FAILED" : judgement.kind()) + " — " + judgement.reason());
        }
        FieldCheck fields = fieldChecker.check(candidate, location.surroundings(document, 600, 300));
        reasons.addAll(fields.reasons());
        return new Verdict(choice.status(), 1.0, location.page(), location.pageEnd(), location.pageLabel(), location.charStart(),
                location.charEnd(), reasons, fields.unsupportedFields(), fields.supportedFields(), kind);
    }

    private static String excerpt(IndexedDocument document, Location location) {
        String text = document.text().substring(location.charStart(), location.charEnd()).replaceAll("\\s+", " ");
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
