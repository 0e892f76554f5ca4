package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.CandidateMerger;
import no.tiltaksradar.propose.MeasureProposer;
import no.tiltaksradar.propose.ProposalBatch;
import no.tiltaksradar.propose.ProposalUsage;

/**
 * The offline proposer. Reads the document's layout blocks (the same the chunker reads): rows of a
 * table whose header names measures, list items under a measure heading, lead-in or run-in caption
 * ("Tiltak", "Regjeringen vil:", "Tiltak 3") as measures and under a goal caption as goals, and
 * prose sentence by sentence for an actor's commitment. Quotes are cut from the page text itself,
 * so page and offsets are exact.
 */
public final class PatternMeasureProposer implements MeasureProposer {
    public static final String ID = "pattern/1";
    private static final Pattern CITED_DOCUMENT_SECTION = Pattern.compile(
            "(?iu)" + WordBoundary.START + "(stortingsmelding|meld\\.\\s*st\\.|nou\\s+\\d|prop\\.\\s*\\d)");
    private static final Pattern RESTATING_SECTION = Pattern.compile(
            "(?i)^(\\d+(\\.\\d+)*\\.?\\s*)?(sammendrag|oppsummering|hovedfunn|bakgrunn|kilder|referanser|litteratur(liste)?)$");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon = Lexicon.norwegian();
    private final FieldExtractor fields;
    private final LayoutReader layout = new LayoutReader();
    private final TableMeasures tables = new TableMeasures();
    private final ListItemMeasures listItems = new ListItemMeasures(lexicon);
    private final ParagraphMeasures paragraphs = new ParagraphMeasures();

    public PatternMeasureProposer() {
        this.gazetteer = Gazetteer.load();
        this.fields = new FieldExtractor(gazetteer, Vocabulary.load("technology.tsv"), Vocabulary.load("purpose.tsv"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProposalBatch propose(SourceDocument document, List<Chunk> chunks) {
        CommitmentClassifier classifier = new CommitmentClassifier(lexicon, publisherNames(document), gazetteer);
        CandidateFactory factory = new CandidateFactory(document, fields, ID);
        List<CandidateMeasure> candidates = new ArrayList<>();
        List<Block> blocks = layout.read(document);
        Set<String> citedSections = new CitedDocumentSections().of(blocks);
        for (Block block : blocks) {
            if (CITED_DOCUMENT_SECTION.matcher(block.section()).find() || RESTATING_SECTION.matcher(block.section()).matches()
                    || citedSections.contains(block.section())) {
                continue; // summaries restate, background describes, and a section named after another policy document cites it
            }
            switch (block.kind()) {
                case LIST_ITEM -> candidates.addAll(listItems.read(block, classifier, factory));
                case PARAGRAPH -> candidates.addAll(paragraphs.read(block, classifier, factory));
                case TABLE -> candidates.addAll(tables.read(block, classifier, factory));
                default -> { } // headings, captions and lead-ins govern items; they state nothing themselves
            }
        }
        return new ProposalBatch(document.id(), CandidateMerger.merge(candidates), List.of(), ProposalUsage.NONE);
    }

    /** The publisher as named in metadata and by its abbreviation: "Digitaliseringsdirektoratet", "Digdir". */
    private List<String> publisherNames(SourceDocument document) {
        String publisher = document.metadata().publisher();
        if (publisher == null || publisher.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(List.of(publisher.strip()));
        gazetteer.body(publisher.strip()).filter(b -> !b.alias().isBlank()).ifPresent(b -> names.add(b.alias()));
        return names;
    }
}
