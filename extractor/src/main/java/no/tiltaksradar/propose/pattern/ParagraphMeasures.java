package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.TextSpan;

/** Measures and goals in running text, read sentence by sentence. */
final class ParagraphMeasures {
    /** A sentence that goes on about the previous one's subject ("Denne vil ...", "Dette innebærer ..."). */
    private static final Pattern ANAPHOR = Pattern.compile("(Denne|Dette|Den|Disse|Arbeidet|Tiltaket)\\s");

    private static final Pattern INLINE_LABEL = Pattern.compile("(\\p{L}+(?:\\s\\p{L}+)?):\\s+(?=\\p{Lu})");

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final QuotedGoals quotedGoals = new QuotedGoals();

    /**
     * Where an inline goal label ends ("Visjon: Alle elevar skal ...", "Mål: ..."), or -1: a goal
     * caption run into its statement with a colon governs it as a box caption above it would. A
     * label is a caption word or two before the colon, followed by a capital that opens the statement.
     */
    static int inlineGoalLabelEnd(String text) {
        Matcher label = INLINE_LABEL.matcher(text);
        return label.lookingAt() && ListContext.of(label.group(1)) == ListContext.GOALS ? label.end() : -1;
    }

    /** Sentence by sentence; a sentence that elaborates the previous commitment ("Denne vil ...") joins its candidate. */
    List<CandidateMeasure> read(Block unit, CommitmentClassifier classifier, CandidateFactory factory) {
        // in a box captioned "Mål" every statement is a goal, however it is worded
        int labelEnd = inlineGoalLabelEnd(unit.text());
        boolean goalBox = ListContext.of(unit.context()) == ListContext.GOALS || labelEnd > 0;
        List<CandidateMeasure> found = new ArrayList<>();
        if (unit.numbered() && sentences.split(unit.text()).size() == 1) {
            // a single statement set under a bare "1", "2" is a numbered main goal ("Miljøetatene skal ha ...")
            classifier.read(unit.text(), ListContext.NEUTRAL, false).ifPresent(reading -> found.add(factory.create(unit,
                    new TextSpan(0, unit.text().length()), new CommitmentClassifier.Reading(MeasureKind.GOAL, 0.6), null)));
            return found;
        }
        TextSpan run = null;
        CommitmentClassifier.Reading runReading = null;
        for (TextSpan split : sentences.split(unit.text())) {
            if (split.end() <= labelEnd) {
                continue;
            }
            TextSpan sentence = split.start() < labelEnd ? new TextSpan(labelEnd, split.end()) : split; // the label is no part of the goal
            String text = unit.text().substring(sentence.start(), sentence.end());
            CommitmentClassifier.Reading reading = classifier.read(text, goalBox ? ListContext.GOALS : ListContext.NEUTRAL, false)
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
}
