package no.tiltaksradar.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddedCandidatesTest {
    @Test
    void aShortPassageIsItsOwnNameWithItsLinesJoined() {
        assertThat(AddedCandidates.opening("Fylket skal lage\nen felles portal.")).isEqualTo("Fylket skal lage en felles portal.");
    }

    @Test
    void aLongPassageIsNamedByItsOpeningWordsCutAtAWordBoundary() {
        String passage = "Kommunen vil innføre ".repeat(20);
        String name = AddedCandidates.opening(passage);
        assertThat(name).endsWith(" …").hasSizeLessThanOrEqualTo(142);
        assertThat(passage).startsWith(name.substring(0, name.length() - 2));
    }
}
