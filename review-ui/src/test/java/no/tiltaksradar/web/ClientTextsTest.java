package no.tiltaksradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClientTextsTest {
    private final ClientTexts texts = new ClientTexts();

    @Test
    void norwegianIsTheBaseLanguage() {
        assertThat(texts.texts(Locale.forLanguageTag("nb"))).containsEntry("review.accepted", "Godkjent: {0}");
    }

    @Test
    void englishTextsReplaceNorwegianOnes() {
        assertThat(texts.texts(Locale.ENGLISH)).containsEntry("review.accepted", "Accepted: {0}");
    }

    @Test
    void onlyScriptKeysAreHandedOut() {
        assertThat(texts.texts(Locale.ENGLISH)).doesNotContainKey("review.title").doesNotContainKey("js.review.accepted");
    }

    @Test
    void everyEnglishScriptTextHasANorwegianOne() {
        assertThat(texts.texts(Locale.forLanguageTag("nb")).keySet()).containsAll(texts.texts(Locale.ENGLISH).keySet());
    }

    @Test
    void jsonCannotCloseTheScriptElementItStandsIn() {
        assertThat(texts.json(Locale.ENGLISH)).doesNotContain("</").startsWith("{");
    }
}
