package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import no.tiltaksradar.model.SourceDocument;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final QuoteMatcher matcher = new QuoteMatcher(normalizer);
    private final SourceDocument document = Documents.of("d.pdf",
            "Kommunen skal etablere en felles\nplattform for data innen 2025.",
            "Kommunen skal ikke etablere egne løsninger. Staten vil utrede saken.");
    private final IndexedDocument indexed = new IndexedDocument(document, normalizer);

    @Test
    void findsEveryOccurrenceAndMarksVerbatimOnes() {
        QuoteMatch match = matcher.find(indexed, "Kommunen skal");
        assertThat(match.occurrences()).hasSize(2).allMatch(QuoteMatch.Occurrence::verbatim);
        assertThat(matcher.find(indexed, "felles plattform").occurrences()).singleElement()
                .satisfies(o -> assertThat(o.verbatim()).isFalse());
    }

    @Test
    void neverMatchesInsideAWord() {
        assertThat(matcher.find(indexed, "skal etabler").occurrences()).isEmpty();
        assertThat(matcher.find(indexed, "ommunen skal").occurrences()).isEmpty();
    }

    @Test
    void negationChangesTheMatch() {
        QuoteMatch match = matcher.find(indexed, "Kommunen skal ikke etablere en felles plattform");
        assertThat(match.occurrences()).isEmpty();
        assertThat(match.closest()).isNotNull();
        assertThat(match.closest().score()).isLessThan(1.0);
    }

    @Test
    void randomSpansOfTheTextAreFoundWhereTheyStandAndChangedOnesAreNot() {
        String text = document.text();
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int from = wordStart(text, random.nextInt(text.length() - 10));
            int to = wordEnd(text, Math.min(text.length(), from + 5 + random.nextInt(40)));
            String quote = text.substring(from, to);
            QuoteMatch match = matcher.find(indexed, quote);
            assertThat(match.occurrences()).as(quote).anyMatch(o -> o.charStart() == from && o.charEnd() == to && o.verbatim());
            String changed = quote.replaceFirst("\\d", "9").equals(quote) ? quote + " ikke" : quote.replaceFirst("\\d", "9");
            if (!normalizer.normalize(text).text().contains(normalizer.normalize(changed).text())) {
                assertThat(matcher.find(indexed, changed).occurrences()).as(changed).isEmpty();
            }
        }
    }

    private static int wordStart(String text, int i) {
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        while (!Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        while (!Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
