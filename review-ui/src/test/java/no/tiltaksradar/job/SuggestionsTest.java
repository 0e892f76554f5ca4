package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private final Suggestions.Lists lists = new Suggestions().lists();

    @Test
    void publicBodiesAndTheirMinistriesComeFromTheGazetteer() {
        assertThat(lists.agencies()).hasSizeGreaterThan(100).contains("Arbeids- og velferdsetaten");
        assertThat(lists.ministries()).contains("Kunnskapsdepartementet").doesNotHaveDuplicates();
    }

    @Test
    void technologyAndPurposeTagsAreListedOnceEach() {
        assertThat(lists.technology()).contains("KI").doesNotHaveDuplicates();
        assertThat(lists.purpose()).isNotEmpty().doesNotHaveDuplicates();
    }
}
