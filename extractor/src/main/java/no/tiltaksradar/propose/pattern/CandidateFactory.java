package no.tiltaksradar.propose.pattern;

import no.tiltaksradar.layout.Block;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextSpan;
import java.util.List;

/** Turns a span of a unit into a candidate: quote, pages and offsets from the document itself, fields from the quote. */
final class CandidateFactory {
    private static final int NAME_WORDS = 12;

    private final SourceDocument document;
    private final FieldExtractor fields;
    private final String proposer;
    private final String idPrefix;
    private int next = 1;

    CandidateFactory(SourceDocument document, FieldExtractor fields, String proposer) {
        this.document = document;
        this.fields = fields;
        this.proposer = proposer;
        String name = document.fileName();
        this.idPrefix = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    CandidateMeasure create(Block unit, TextSpan span, CommitmentClassifier.Reading reading, String parentId) {
        return create(unit, span, reading, parentId, StatedFields.NONE);
    }

    /** A candidate whose fields stated beside it (table columns, "Ansvar:" lines) take precedence over words in its quote. */
    CandidateMeasure create(Block unit, TextSpan span, CommitmentClassifier.Reading reading, String parentId, StatedFields stated) {
        String quote = unit.text().substring(span.start(), span.end()).strip();
        int leading = unit.text().substring(span.start(), span.end()).indexOf(quote);
        int charStart = unit.offsetAt(span.start() + leading);
        int charEnd = unit.offsetAt(span.start() + leading + quote.length() - 1) + 1;
        Page first = document.pageAt(charStart).orElseThrow();
        Page last = document.pageAt(charEnd - 1).orElse(first);
        FieldExtractor.Fields found = fields.extract(quote);
        List<String> responsible = stated.responsible().isEmpty() ? found.responsible() : stated.responsible();
        String ministry = stated.ministry() != null ? stated.ministry()
                : stated.responsible().isEmpty() ? found.ministry() : fields.extract(String.join(", ", stated.responsible())).ministry();
        String deadline = stated.deadline() != null ? stated.deadline() : found.deadline();
        return CandidateMeasure.builder(document.fileName(), reading.kind(), quote)
                .documentSha256(document.sha256()).id(idPrefix + "-" + next++).name(nameOf(quote))
                .location(new CandidateMeasure.Location(first.number(), last.number(), first.label(), charStart, charEnd, unit.section()))
                .fields(new CandidateMeasure.RegisterFields(responsible, ministry, stated.collaborators(), deadline, found.technology(),
                        found.purpose(), parentId))
                .proposer(reading.confidence(), proposer, unit.isListItem() ? Origin.LIST_ITEM : Origin.PROSE)
                .build();
    }

    /** A short handle for lists and the review screen: the quote's first words. */
    private static String nameOf(String quote) {
        String[] words = quote.split("\\s+");
        if (words.length <= NAME_WORDS) {
            return quote.replaceAll("[.:;]$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(words, NAME_WORDS)) + " …";
    }
}
