package no.tiltaksradar.propose.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary technology = Vocabulary.load("technology.tsv");
    private final Vocabulary purpose = Vocabulary.load("purpose.tsv");

    @Test
    void aPrefixTermTagsInflectedForms() {
        assertThat(technology.tags("Vi skal ta i bruk skytjenester og dele data")).contains("sky", "datadeling");
        assertThat(purpose.tags("for å effektivisere saksbehandlingen")).contains("effektivisering");
    }

    @Test
    void aWholeWordTermDoesNotTagLongerWordsThatStartWithIt() {
        assertThat(technology.tags("Kildene er kirkebøker og skyldbrev")).isEmpty();
        assertThat(technology.tags("Etaten skal bruke KI i saksbehandlingen")).containsExactly("KI");
        assertThat(technology.tags("Løsningen flyttes til skyen")).containsExactly("sky");
    }

    @Test
    void rowsWithoutATagAreIgnoredAndTagsAreListedOnce() {
        Vocabulary vocabulary = new Vocabulary(List.of("ki$\tKI", "kunstig intelligens\tKI", "broken row"));
        assertThat(vocabulary.tags("KI og kunstig intelligens")).containsExactly("KI");
    }
}
