package no.tiltaksradar.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.Documents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LuceneChunkIndexTest {
    private final LuceneChunkIndex index = LuceneChunkIndex.inMemory();
    private final SectionChunker chunker = new SectionChunker();

    private final SourceDocument health = Documents.of("helse.pdf", List.of(List.of("# Tiltak",
            "Helsedirektoratet skal etablere en nasjonal løsning for datadeling av journaler.")));
    private final SourceDocument environment = Documents.of("miljo.pdf", List.of(List.of("# Tiltak",
            "Miljødirektoratet skal etablere en felles løsning for datadeling av miljødata.")));

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private void indexBoth() throws Exception {
        index.index(health.id(), chunker.chunk(health));
        index.index(environment.id(), chunker.chunk(environment));
    }

    @Test
    void searchNeverReturnsAnotherDocumentsChunksEvenWithSharedVocabulary() throws Exception {
        indexBoth();
        List<ScoredChunk> hits = index.search(health.id(), "etablere felles løsning datadeling miljødata Miljødirektoratet", 50);
        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.chunk().documentId()).isEqualTo(health.id()));
        assertThat(index.chunks(health.id())).allSatisfy(c -> assertThat(c.text()).doesNotContain("Miljødirektoratet"));
    }

    @Test
    void aTermOnlyInTheOtherDocumentFindsNothing() throws Exception {
        indexBoth();
        assertThat(index.search(health.id(), "Miljødirektoratet", 10)).isEmpty();
    }

    @Test
    void reIndexingADocumentReplacesItsChunks() throws Exception {
        indexBoth();
        index.index(health.id(), chunker.chunk(health));
        index.index(health.id(), chunker.chunk(health));
        assertThat(index.chunks(health.id())).hasSize(chunker.chunk(health).size());
        assertThat(index.chunks(environment.id())).hasSize(chunker.chunk(environment).size());
    }

    @Test
    void chunksComeBackWhole() throws Exception {
        indexBoth();
        List<Chunk> original = chunker.chunk(health);
        assertThat(index.chunks(health.id())).containsExactlyElementsOf(original);
    }

    @Test
    void bokmaalInflectionsMeet() throws Exception {
        SourceDocument document = Documents.of("bm.pdf", List.of(List.of("Regjeringen vil styrke digitaliseringen av tjenestene.")));
        index.index(document.id(), chunker.chunk(document));
        assertThat(index.search(document.id(), "digitalisering tjeneste", 5)).hasSize(1);
    }

    @Test
    void nynorskInflectionsMeet() throws Exception {
        SourceDocument document = Documents.of("nn.pdf", List.of(List.of("Kommunane skal tilby digitale tenester til innbyggjarane.")));
        index.index(document.id(), chunker.chunk(document));
        assertThat(index.search(document.id(), "tenestene kommunen", 5)).hasSize(1);
    }

    @Test
    void queryTextWithSyntaxCharactersIsJustWords() throws Exception {
        indexBoth();
        assertThat(index.search(health.id(), "journaler AND (\"documentId:*\" OR *:*) ~ ^2 [a TO z] \\", 5)).hasSize(1);
        assertThat(index.search(health.id(), "  ", 5)).isEmpty();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            String query = random.ints(random.nextInt(30), 0, 0x2FF)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThat(index.search(environment.id(), query, 5))
                    .allSatisfy(hit -> assertThat(hit.chunk().documentId()).isEqualTo(environment.id()));
        }
    }

    @Test
    void refusesChunksOfAnotherDocument() {
        List<Chunk> chunks = chunker.chunk(environment);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.index(health.id(), chunks))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to");
    }
}
