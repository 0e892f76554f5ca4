package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.model.TextSpan;

/**
 * Lettered sub-items run into their parent's text ("... innen 1.6.2021. a. FAIR prinsipper ...
 * b. Alle aktører ..."): the parent keeps the text before "a.", each letter becomes an item.
 */
final class SubItems {
    private static final Pattern LETTER = Pattern.compile("(?<=[.:;]\\s)([a-h])[.)]\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);

    /** The parent's span followed by one span per sub-item (markers excluded); just the whole text when there are none. */
    List<TextSpan> split(String text) {
        List<int[]> markers = new ArrayList<>();
        Matcher matcher = LETTER.matcher(text);
        char expected = 'a';
        while (matcher.find()) {
            if (matcher.group(1).charAt(0) == expected) {
                markers.add(new int[] {matcher.start(), matcher.end()});
                expected++;
            }
        }
        if (markers.size() < 2) {
            return List.of(new TextSpan(0, text.length()));
        }
        List<TextSpan> spans = new ArrayList<>();
        spans.add(new TextSpan(0, trimEnd(text, markers.get(0)[0])));
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : text.length();
            spans.add(new TextSpan(markers.get(i)[1], trimEnd(text, end)));
        }
        return spans;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
