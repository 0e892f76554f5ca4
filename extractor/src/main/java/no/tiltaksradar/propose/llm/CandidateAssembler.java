package no.tiltaksradar.propose.llm;

import java.util.List;
import java.util.Optional;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;

/**
 * Turns the model's items into candidates placed in the document: page, page end, printed
 * label, offsets and section. An item whose quote is not in its chunk is still emitted, with
 * offsets -1, the chunk's first page and low confidence, and a warning; the validator decides. A placed
 * quote's origin (list item, table row, prose) is the layout's reading of where it stands.
 */
final class CandidateAssembler {
    static final double EXACT = 0.8;
    static final double LOOSE = 0.6;
    static final double UNLOCATED = 0.1;

    private final SourceDocument document;
    private final QuoteLocator locator;
    private final String proposerId;
    private final LayoutOrigins origins;

    CandidateAssembler(SourceDocument document, String proposerId, LayoutOrigins origins) {
        this.document = document;
        this.locator = new QuoteLocator(document.text());
        this.proposerId = proposerId;
        this.origins = origins;
    }

    /**
     * @param warnings receives one line per quote that could not be found in its chunk and per item
     *                 whose kind the schema does not know
     * @return the draft, or empty when the item is in error (a kind outside the schema is never guessed)
     */
    Optional<Draft> assemble(ChunkAnswer.Sourced sourced, List<String> warnings) {
        ProposedItem item = sourced.item();
        Optional<MeasureKind> kind = kind(item.kind());
        if (kind.isEmpty()) {
            warnings.add(Warnings.at(document, sourced.chunk()) + ": item dropped, kind \"" + item.kind()
                    + "\" is not measure or goal: \"" + abbreviate(item.quote()) + "\"");
            return Optional.empty();
        }
        Optional<QuoteLocator.Location> location = locator.locate(item.quote(), sourced.chunk());
        CandidateMeasure base = candidate(item, kind.get(), sourced.chunk().section(),
                location.map(l -> l.exact() ? EXACT : LOOSE).orElse(UNLOCATED), sourced.origin());
        if (location.isEmpty()) {
            warnings.add(Warnings.at(document, sourced.chunk()) + ": quote not found there; page "
                    + sourced.chunk().pageStart() + " is the chunk's first page, not a located one: \""
                    + abbreviate(item.quote()) + "\"");
            Page first = document.page(sourced.chunk().pageStart());
            return Optional.of(new Draft(base.withLocation(first.number(), first.number(), first.label(), -1, -1), item.parentQuote()));
        }
        CandidateMeasure placed = placed(base, location.get());
        // a row named by its id says TABLE_ROW itself; a sentence stands where the layout has it
        CandidateMeasure located = sourced.origin() == Origin.UNKNOWN ? placed.withOrigin(origins.at(placed.charStart(), placed.charEnd())) : placed;
        return Optional.of(new Draft(located, item.parentQuote()));
    }

    private CandidateMeasure placed(CandidateMeasure base, QuoteLocator.Location at) {
        Page first = document.pageAt(at.charStart()).orElseThrow();
        Page last = document.pageAt(at.charEnd() - 1).orElse(first);
        return base.withLocation(first.number(), last.number(), first.label(), at.charStart(), at.charEnd());
    }

    private CandidateMeasure candidate(ProposedItem item, MeasureKind kind, String section, double confidence, Origin origin) {
        return CandidateMeasure.builder(document.fileName(), kind, item.quote().strip())
                .documentSha256(document.sha256()).name(item.name())
                .location(new CandidateMeasure.Location(1, 1, null, CandidateMeasure.UNKNOWN, CandidateMeasure.UNKNOWN, section))
                .fields(new CandidateMeasure.RegisterFields(item.responsible(), null, List.of(), blankToNull(item.deadline()),
                        List.of(), List.of(), null))
                .proposer(confidence, proposerId, origin)
                .build();
    }

    // the schema allows only the two; anything else is an error in the answer, not a goal
    private static Optional<MeasureKind> kind(String kind) {
        String value = kind == null ? "" : kind.strip();
        return "measure".equalsIgnoreCase(value) ? Optional.of(MeasureKind.MEASURE)
                : "goal".equalsIgnoreCase(value) ? Optional.of(MeasureKind.GOAL) : Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.equalsIgnoreCase("null") ? null : value.strip();
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }

    /** A candidate before merging, with the parent's quote still to be resolved to an id. */
    record Draft(CandidateMeasure candidate, String parentQuote) {
    }
}
