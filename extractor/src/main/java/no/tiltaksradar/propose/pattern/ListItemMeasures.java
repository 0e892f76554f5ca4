package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.language.ListMarker;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.TextSpan;

/**
 * Measures and goals in list items: what the list's heading or lead-in says its items are decides,
 * a run-in caption ("Tiltak 3") decides for its own item, field lines ("Ansvar:", "Frist:") fill
 * fields, and lettered sub-items become children of their item.
 */
final class ListItemMeasures {
    private final Lexicon lexicon;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final SubItems subItems = new SubItems();
    private final DeadlineParser deadlines = new DeadlineParser();

    ListItemMeasures(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<CandidateMeasure> read(Block unit, CommitmentClassifier classifier, CandidateFactory factory) {
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
        String first = unit.text().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return lexicon.contains(WordClass.ACTION_VERB, first) ? ListContext.LIKELY_MEASURES : ListContext.of(unit.context());
    }
}
