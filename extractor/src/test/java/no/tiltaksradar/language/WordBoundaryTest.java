package no.tiltaksradar.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordBoundaryTest {

    @Test
    void asciiWordBoundaryFailsOnNorwegianLettersWhichIsWhyTheHelperExists() {
        assertThat(Pattern.compile("må\\b").matcher("vi må gjøre").find()).isFalse();
        assertThat(WordBoundary.wholePattern("må").matcher("vi må gjøre").find()).isTrue();
    }

    @Test
    void aWordInsideALongerWordDoesNotMatch() {
        assertThat(WordBoundary.contains("støkende", "øke")).isFalse();
        assertThat(WordBoundary.contains("målrettet", "mål")).isFalse();
        assertThat(WordBoundary.contains("Mål: økt deling", "mål")).isTrue();
        assertThat(WordBoundary.contains("skal2", "skal")).isFalse();
    }

    @Test
    void phrasesMatchOverAnyWhitespaceAndMetacharactersAreLiteral() {
        assertThat(WordBoundary.contains("det er\n viktig  at", "det er viktig at")).isTrue();
        assertThat(WordBoundary.contains("ca. 3", "ca.")).isTrue();
        assertThat(WordBoundary.contains("cax 3", "ca.")).isFalse();
    }

    @Test
    void anyOfPrefersTheLongestPhrase() {
        var matcher = WordBoundary.anyOf(List.of("vil", "vil kunne")).matcher("det vil kunne skje");
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group()).isEqualTo("vil kunne");
    }

    @Test
    void wordsKeepInnerHyphensAndDropPunctuation() {
        assertThat(WordBoundary.words("KI-verktøy, ble «Åpne» data!")).containsExactly("ki-verktøy", "ble", "åpne", "data");
    }
}
