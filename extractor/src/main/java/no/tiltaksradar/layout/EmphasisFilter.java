package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * Tells a heading set over several lines from a paragraph set in bold: lines in the same type that
 * wrap at line spacing are read together, and only a short run that does not end like a sentence
 * stays a heading. A bold goal statement in a box is body text, whatever its first line looks like.
 */
final class EmphasisFilter {
    private static final float WRAPPED_LINE_SPACING = 1.3f;
    private static final int MAX_HEADING_WORDS = 20;

    List<LayoutLine> apply(List<LayoutLine> lines) {
        List<LayoutLine> result = new ArrayList<>(lines);
        int from = 0;
        while (from < lines.size()) {
            int to = from + 1;
            while (to < lines.size() && wrapsOnto(lines.get(to - 1), lines.get(to))) {
                to++;
            }
            if (isEmphasis(lines.subList(from, to))) {
                for (int i = from; i < to; i++) {
                    result.set(i, lines.get(i).withHeadingLevel(0));
                }
            }
            from = to;
        }
        return result;
    }

    private static boolean isEmphasis(List<LayoutLine> run) {
        if (run.stream().noneMatch(LayoutLine::isHeading)) {
            return false;
        }
        String text = String.join(" ", run.stream().map(l -> l.text().strip()).toList());
        boolean allHeading = run.stream().allMatch(LayoutLine::isHeading);
        return !allHeading || text.split("\\s+").length > MAX_HEADING_WORDS || text.matches(".*[.!?]$") || isClause(text);
    }

    /**
     * "Kommunal sektor skal ha en plan for ...": a subject, a modal, its verb and an object make a
     * sentence, set in bold as a statement; headings name a topic. A modal after a question word or
     * adverb ("Slik skal vi jobbe", "Dette vil regjeringen gjøre"), or a "vil" heading, is still a heading.
     */
    private static boolean isClause(String text) {
        Lexicon lexicon = Lexicon.norwegian();
        Matcher modal = lexicon.pattern(WordClass.COMMITMENT_MODAL).matcher(text);
        // only "skal": a heading like "Regjeringen vil styrke ..." announces the section's measures and stays a heading
        if (!modal.find() || modal.start() == 0 || !modal.group().equalsIgnoreCase("skal")) {
            return false;
        }
        String[] before = text.substring(0, modal.start()).strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (before.length == 1 && (lexicon.contains(WordClass.SUBORDINATOR, before[0]) || ADVERBS.contains(before[0]))) {
            return false;
        }
        String[] after = text.substring(modal.end()).strip().toLowerCase(Locale.ROOT).split("\\s+");
        return after.length >= 2 && (lexicon.contains(WordClass.ACTION_VERB, after[0]) || lexicon.contains(WordClass.STATIVE_VERB, after[0]));
    }

    /** Words that open a heading with inversion rather than a subject. */
    private static final Set<String> ADVERBS = Set.of("slik", "dette", "her", "derfor", "så", "nå", "dermed", "difor");

    /** The same type, the same left edge, the next line at line spacing; a box caption never joins. */
    static boolean wrapsOnto(LayoutLine previous, LayoutLine line) {
        float gap = line.y() - previous.y();
        return line.page() == previous.page() && line.fontSize() == previous.fontSize() && line.bold() == previous.bold()
                && Math.abs(line.x() - previous.x()) <= 4f && gap > 0 && gap <= previous.fontSize() * WRAPPED_LINE_SPACING
                && !Labels.isBoxCaption(previous.text()) && !Labels.isBoxCaption(line.text());
    }
}
