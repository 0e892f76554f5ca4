package no.tiltaksradar.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.index.LuceneChunkIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Questions over a chosen set: answers come from the chosen documents only, verbatim, cited to their page and checked. */
class QuestionAnswererTest {
    private final LuceneChunkIndex index = TrendFixtures.index();

    QuestionAnswererTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static TrendData chosen(String... ids) {
        return new TrendData(TrendFixtures.documents().stream().filter(d -> List.of(ids).contains(d.id())).toList(), List.of());
    }

    @Test
    void answersFromTheChosenDocumentsWithEverySentenceCitedToItsPageAndKept() throws Exception {
        Answer answer = QuestionAnswerer.extractive(new IndexPassageSearch(index)).answer("Hvordan skal kunstig intelligens brukes?",
                chosen(TrendFixtures.B));
        assertThat(answer.sentences()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.kept()).as(c.reasons().toString()).isTrue();
            assertThat(c.claim().passages()).singleElement().satisfies(p -> assertThat(p.fileName()).isEqualTo("plan-b.pdf"));
        });
        assertThat(answer.sentences()).extracting(c -> c.claim().text()).contains(TrendFixtures.B1);
        Passage b1 = answer.retrieved().stream().filter(p -> p.text().equals(TrendFixtures.B1)).findFirst().orElseThrow();
        assertThat(b1.page()).isEqualTo(2);
    }

    @Test
    void neverRetrievesFromADocumentOutsideTheChosenSet() throws Exception {
        // plan-c names KI too, but only plan-a is chosen: nothing may come from plan-c
        Answer answer = QuestionAnswerer.extractive(new IndexPassageSearch(index)).answer("kunstig intelligens KI", chosen(TrendFixtures.A));
        assertThat(answer.retrieved()).allSatisfy(p -> assertThat(p.documentId()).isEqualTo(TrendFixtures.A));
        assertThat(answer.sentences()).allSatisfy(c -> assertThat(c.claim().text()).doesNotContain("KI"));
    }
}
