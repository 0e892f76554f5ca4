package no.tiltaksradar.propose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteWordsTest {

    @Test
    void theShorterQuotesWordsDecide() {
        assertThat(QuoteWords.overlap("etablere en nasjonal datakatalog",
                "Regjeringen vil etablere en nasjonal datakatalog innen 2025")).isEqualTo(1.0);
        assertThat(QuoteWords.overlap("etablere datakatalog", "utrede identitet")).isZero();
        assertThat(QuoteWords.overlap("", "utrede identitet")).isZero();
    }

    @Test
    void norwegianLettersAreWordLetters() {
        assertThat(QuoteWords.words("Kommunane skal følgje opp støy-kartet")).containsExactly("kommunane", "skal", "følgje", "opp", "støy", "kartet");
    }
}
