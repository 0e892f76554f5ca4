package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.language.WordClass;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.layout.ListMarker;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextSpan;
import no.tiltaksradar.propose.MeasureProposer;
import no.tiltaksradar.propose.ProposalBatch;
import no.tiltaksradar.propose.ProposalUsage;

/**
 * The offline proposer. Reads the document's layout into list items and paragraphs, takes each
 * item under a measure heading or lead-in ("Tiltak", "Regjeringen vil:", "Vi anbefaler") as a
 * measure and each under a goal heading as a goal, and reads prose sentence by sentence for an
 * actor's commitment. Quotes are cut from the page text itself, so page and offsets are exact.
 */
public final class PatternMeasureProposer implements MeasureProposer {
    public static final String ID = "pattern/1";
    private static final java.util.regex.Pattern CITED_DOCUMENT_SECTION = java.util.regex.Pattern.compile(
            "(?iu)" + WordBoundary.START + "(stortingsmelding|meld\\.\\s*st\\.|nou\\s+\\d|prop\\.\\s*\\d)");
    private static final java.util.regex.Pattern RESTATING_SECTION = java.util.regex.Pattern.compile(
            "(?i)^(\\d+(\\.\\d+)*\\.?\\s*)?(sammendrag|oppsummering|hovedfunn|bakgrunn|kilder|referanser|litteratur(liste)?)$");
    /** A sentence that goes on about the previous one's subject ("Denne vil ...", "Dette innebærer ..."). */
    private static final java.util.regex.Pattern ANAPHOR = java.util.regex.Pattern.compile("(Denne|Dette|Den|Disse|Arbeidet|Tiltaket)\\s");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon = Lexicon.norwegian();
    private final FieldExtractor fields;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final SubItems subItems = new SubItems();
    private final DeadlineParser deadlines = new DeadlineParser();
    private final LayoutReader layout = new LayoutReader();
    private final TableMeasures tables = new TableMeasures();
    private final QuotedGoals quotedGoals = new QuotedGoals();

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
                case LIST_ITEM -> candidates.addAll(fromListItem(block, classifier, factory));
                case PARAGRAPH -> candidates.addAll(fromParagraph(block, classifier, factory));
                case TABLE -> candidates.addAll(tables.read(block, classifier, factory));
                default -> { } // headings, captions and lead-ins govern items; they state nothing themselves
            }
        }
        return new ProposalBatch(document.id(), CandidateMerger.merge(candidates), List.of(), ProposalUsage.NONE);
    }

    private List<CandidateMeasure> fromListItem(Block unit, CommitmentClassifier classifier, CandidateFactory factory) {
        ListContext context = unit.marker().style() == ListMarker.Style.RUN_IN ? runInContext(unit) : ListContext.of(unit.context());
        StatedFields stated = StatedFields.of(unit.fields(), deadlines);
        List<TextSpan> parts = subItems.split(unit.text());
        List<CandidateMeasure> found = new ArrayList<>();
        CandidateMeasure parent = null;
        if (context == ListContext.MEASURES && classifier.reportsOnly(unit.text())) {
            return found;
        }
        for (int i = 0; i < parts.size(); i++) {
            TextSpan part = parts.get(i);
            String text = unit.text().substring(part.start(), part.end());
            String firstSentence = text.substring(0, sentences.split(text).get(0).end());
            Optional<CommitmentClassifier.Reading> reading = classifier.read(firstSentence, context, true);
            if (i > 0 && specifiesParent(classifier, firstSentence)) {
                continue;
            }
            if (reading.isPresent()) {
                CandidateMeasure candidate = factory.create(unit, part, reading.get(), i == 0 || parent == null ? null : parent.id(), stated);
                found.add(candidate);
                parent = i == 0 ? candidate : parent;
            }
        }
        return found;
    }

    /**
     * A lettered sub-item that states a property ("Policyen skal gjelde for alle data") specifies
     * what its parent delivers; read on its own it is a goal-like statement, not a further action.
     */
    private static boolean specifiesParent(CommitmentClassifier classifier, String subItem) {
        return classifier.read(subItem, ListContext.NEUTRAL, false).map(r -> r.kind() == MeasureKind.GOAL).orElse(false);
    }

    /**
     * A run-in caption says what its item is ("Tiltak 3" a measure, "Delmål 2" a goal); a bare code
     * ("T1.2") says only that the item is an entry of a plan, which is a measure when it opens with
     * an action verb in the infinitive, the form action plans write their measures in.
     */
    private ListContext runInContext(Block unit) {
        String caption = unit.marker().symbol().replaceAll("[\\d.:]+$", "").strip();
        if (!caption.matches("\\p{Lu}{1,2}")) {
            return ListContext.of(caption);
        }
        String first = unit.text().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return lexicon.contains(WordClass.ACTION_VERB, first) ? ListContext.LIKELY_MEASURES : ListContext.of(unit.context());
    }

    /** Sentence by sentence; a sentence that elaborates the previous commitment ("Denne vil ...") joins its candidate. */
    private List<CandidateMeasure> fromParagraph(Block unit, CommitmentClassifier classifier, CandidateFactory factory) {
        // in a box captioned "Mål" every statement is a goal, however it is worded
        boolean goalBox = ListContext.of(unit.context()) == ListContext.GOALS;
        List<CandidateMeasure> found = new ArrayList<>();
        if (unit.numbered() && sentences.split(unit.text()).size() == 1) {
            // a single statement set under a bare "1", "2" is a numbered main goal ("Miljøetatene skal ha ...")
            classifier.read(unit.text(), ListContext.NEUTRAL, false).ifPresent(reading -> found.add(factory.create(unit,
                    new TextSpan(0, unit.text().length()), new CommitmentClassifier.Reading(MeasureKind.GOAL, 0.6), null)));
            return found;
        }
        TextSpan run = null;
        CommitmentClassifier.Reading runReading = null;
        for (TextSpan sentence : sentences.split(unit.text())) {
            String text = unit.text().substring(sentence.start(), sentence.end());
            CommitmentClassifier.Reading reading = classifier.read(text, ListContext.NEUTRAL, false)
                    .map(r -> goalBox ? new CommitmentClassifier.Reading(MeasureKind.GOAL, r.confidence()) : r).orElse(null);
            // two commitments side by side stay two; a sentence that only goes on about the first joins it
            boolean sameCommitment = run != null && runReading.kind() == MeasureKind.MEASURE && ANAPHOR.matcher(text).lookingAt()
                    && (reading == null || reading.kind() == MeasureKind.MEASURE);
            if (sameCommitment) {
                run = new TextSpan(run.start(), sentence.end()); // "Det etableres en nettversjon ... Denne vil oppdateres løpende"
                continue;
            }
            if (run != null) {
                found.add(factory.create(unit, run, runReading, null));
            }
            run = reading == null ? null : sentence;
            runReading = reading;
        }
        if (run != null) {
            found.add(factory.create(unit, run, runReading, null));
        }
        for (TextSpan quoted : quotedGoals.in(unit.text())) {
            found.add(factory.create(unit, quoted, new CommitmentClassifier.Reading(MeasureKind.GOAL, 0.6), null));
        }
        return found;
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
