package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.ListMarker;
import no.tiltaksradar.language.WordClass;

/**
 * The lines that belong to the same list or box as a quote: walking away from it, the scope
 * ends at a heading (a short line with no sentence end), or at a paragraph break in running
 * prose (a sentence end followed by a capitalised line without a list marker). Inside it, list
 * items and their wrapped lines are passed over.
 */
final class ListScope {
    private static final int MAX_LINES = 30;
    private static final int MAX_HEADING_LENGTH = 70;
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\s*\\d{1,3}\\.?\\s*$");

    private ListScope() {
    }

    /**
     * The heading-like line that opens the quote's list, walking up from the quote.
     *
     * @param firstQuoteLine the quote's first line with what precedes it on that line (e.g. its list marker)
     */
    static Optional<String> headingAbove(String before, String firstQuoteLine) {
        List<String> lines = new ArrayList<>(List.of(before.split("\n", -1)));
        String below = lines.remove(lines.size() - 1) + firstQuoteLine;
        for (int i = lines.size() - 1, seen = 0; i >= 0 && seen < MAX_LINES; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || NUMBER_ONLY.matcher(line).matches()) {
                continue;
            }
            seen++;
            if (isHeading(line)) {
                return Optional.of(line);
            }
            if (paragraphBreak(line, below)) {
                return Optional.empty();
            }
            below = line;
        }
        return Optional.empty();
    }

    /**
     * A label standing alone below the quote's list, as boxes in some layouts put it ("Mål").
     *
     * @param lastQuoteLine the quote's last line; {@code after} continues it up to the first line break
     */
    static Optional<String> labelBelow(String after, String lastQuoteLine) {
        String[] lines = after.split("\n", -1);
        String above = lastQuoteLine + lines[0];
        for (int i = 1, seen = 0; i < lines.length && seen < MAX_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || NUMBER_ONLY.matcher(line).matches()) {
                continue;
            }
            seen++;
            if (isHeading(line)) {
                // a heading that opens a list or a paragraph below it belongs to what follows, not to the quote
                return line.endsWith(":") || opensSomething(lines, i + 1) ? Optional.empty() : Optional.of(line);
            }
            if (paragraphBreak(above, line)) {
                return Optional.empty();
            }
            above = line;
        }
        return Optional.empty();
    }

    private static boolean opensSomething(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !NUMBER_ONLY.matcher(line).matches()) {
                return ListMarker.opensItem(line) || !isHeading(line) && line.length() > MAX_HEADING_LENGTH;
            }
        }
        return false;
    }

    /** Short, no sentence end, starts with a capital or a number, and no modal verb unless it leads in with ':'. */
    static boolean isHeading(String line) {
        if (line.length() > MAX_HEADING_LENGTH || line.endsWith(".") || line.endsWith(",") || line.endsWith(";")) {
            return false;
        }
        char first = line.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        Lexicon lexicon = Lexicon.norwegian();
        boolean modal = lexicon.find(WordClass.COMMITMENT_MODAL, line).isPresent() || lexicon.find(WordClass.POSSIBILITY_MODAL, line).isPresent();
        return !modal || line.endsWith(":");
    }

    private static boolean paragraphBreak(String upper, String lower) {
        String next = lower.strip();
        return upper.matches(".*[.!?»\"]\\s*$") && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                && !ListMarker.opensItem(next);
    }
}
