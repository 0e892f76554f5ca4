package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags from a term list (data file "term prefix → tag"): a term matches where a word starts with it,
 * or, written with a trailing '$', only as a whole word (short stems like "ki" or "sky" start many other words).
 */
final class Vocabulary {
    private record Term(Pattern pattern, String tag) {
    }

    private final List<Term> terms = new ArrayList<>();

    Vocabulary(List<String> tsvRows) {
        for (String row : tsvRows) {
            String[] f = row.split("\t");
            if (f.length == 2) {
                terms.add(new Term(termPattern(f[0].strip()), f[1].strip()));
            }
        }
    }

    /** A term ending in '$' must end the word: "ki$" is KI, but "kilder" is not. */
    private static Pattern termPattern(String term) {
        boolean wholeWord = term.endsWith("$");
        String body = Pattern.quote(wholeWord ? term.substring(0, term.length() - 1) : term);
        return Pattern.compile("(?<![\\p{L}\\d])" + body + (wholeWord ? "(?![\\p{L}\\d])" : ""), Pattern.UNICODE_CASE);
    }

    static Vocabulary load(String resource) {
        return new Vocabulary(ResourceLines.read(resource));
    }

    List<String> tags(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> tags = new LinkedHashSet<>();
        for (Term term : terms) {
            if (term.pattern().matcher(lower).find()) {
                tags.add(term.tag());
            }
        }
        return List.copyOf(tags);
    }
}
