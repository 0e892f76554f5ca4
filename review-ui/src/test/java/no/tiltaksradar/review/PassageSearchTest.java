package no.tiltaksradar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PassageSearchTest {
    @Test
    void longWordsAreCutSoTheirInflectedFormsAreFoundToo() {
        assertThat(PassageSearch.stems("Datadelingen i kommunane")).containsExactly("datadeling", "kommuna");
    }

    @Test
    void shortWordsAreLeftOutAndAQueryOfOnlyThoseIsRefused() {
        assertThat(PassageSearch.stems("KI i skolen")).containsExactly("skolen");
        assertThatThrownBy(() -> PassageSearch.stems("å i")).hasMessageContaining("three letters");
    }
}
