package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.model.TextSpan;

/**
 * "Strategien setter ambisjonen; «Alle skal ...»": a goal noun that introduces a quotation (after
 * a colon or semicolon) names the quoted sentence as a goal; the quotation marks stay outside it.
 */
final class QuotedGoals {
    private static final Pattern QUOTED_GOAL = Pattern.compile(WordBoundary.START
            + "(?:mål\\p{L}*|hovedmål\\p{L}*|hovudmål\\p{L}*|visjon\\p{L}*|ambisjon\\p{L}*|målsetting\\p{L}*)\\s*[;:]\\s*«([^»]{10,400})»",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The quoted goals of a paragraph, as spans of its text without the quotation marks or a closing full stop. */
    List<TextSpan> in(String text) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher matcher = QUOTED_GOAL.matcher(text);
        while (matcher.find()) {
            int end = matcher.end(1);
            while (end > matcher.start(1) && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
            spans.add(new TextSpan(matcher.start(1), end));
        }
        return spans;
    }
}
