package no.tiltaksradar.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
    private final Lexicon lexicon = Lexicon.norwegian();

    @Test
    void everyWordClassHasEntries() {
        for (WordClass wordClass : WordClass.values()) {
            assertThat(lexicon.words(wordClass)).as(wordClass.name()).isNotEmpty();
        }
    }

    @Test
    void modalsCoverBothWrittenStandards() {
        assertThat(lexicon.contains(WordClass.COMMITMENT_MODAL, "Bør")).isTrue();
        assertThat(lexicon.contains(WordClass.COMMITMENT_MODAL, "lyt")).isTrue();
        assertThat(lexicon.contains(WordClass.COMMITMENT_MODAL, "kan")).isFalse();
        assertThat(lexicon.contains(WordClass.POSSIBILITY_MODAL, "kan")).isTrue();
    }

    @Test
    void stativeVerbsAreNotActionVerbs() {
        for (String stative : lexicon.words(WordClass.STATIVE_VERB)) {
            assertThat(lexicon.isActionVerbForm(stative)).as(stative).isFalse();
        }
        assertThat(lexicon.contains(WordClass.STATIVE_VERB, "vere")).isTrue();
    }

    @Test
    void actionVerbFormsIncludePassiveAndPresentInBothStandards() {
        assertThat(lexicon.isActionVerbForm("kartlegges")).isTrue();
        assertThat(lexicon.isActionVerbForm("kartleggjast")).isTrue();
        assertThat(lexicon.isActionVerbForm("opprettar")).isTrue();
        assertThat(lexicon.isActionVerbForm("Innfører")).isTrue();
        assertThat(lexicon.isActionVerbForm("bidra")).isFalse();
    }

    @Test
    void potentialPhrasesMatchAcrossLineBreaksAndPreferTheLongerPhrase() {
        assertThat(lexicon.find(WordClass.POTENTIAL, "Sensorer vil\nkunne gi oss bedre data")).contains("vil\nkunne");
        assertThat(lexicon.find(WordClass.POTENTIAL, "Dette vil kunne bidra til mye")).contains("vil kunne bidra");
        assertThat(lexicon.find(WordClass.POTENTIAL, "Kommunen skal levere")).isEmpty();
    }

    @Test
    void goalAndImportanceWordingIsFound() {
        assertThat(lexicon.find(WordClass.GOAL, "Hovudmål 2: betre tenester")).contains("Hovudmål");
        assertThat(lexicon.find(WordClass.IMPORTANCE, "Det er viktig at alle deler data.")).contains("Det er viktig at");
        assertThat(lexicon.find(WordClass.GOAL, "målrettet innsats")).isEmpty();
    }

    @Test
    void participlesOfActionVerbsDescribeWhatIsDone() {
        assertThat(lexicon.isActionParticiple("etablert")).isTrue();
        assertThat(lexicon.isActionParticiple("utvikla")).isTrue();
        assertThat(lexicon.isActionParticiple("innført")).isTrue();
        assertThat(lexicon.isActionParticiple("etablere")).isFalse();
    }
}
