package no.tiltaksradar.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.CorpusFixtures;
import no.tiltaksradar.testing.Documents;
import org.junit.jupiter.api.Test;

class SectionChunkerTest {
    private final SectionChunker chunker = new SectionChunker(new ChunkingOptions(300, 60));

    private static SourceDocument strategy() {
        return Documents.of("strategi.pdf", List.of(
                List.of("~ Strategi for datadeling", "# Innledning", "Dette er bakgrunnen for strategien.",
                        "# Hovedmål og tiltak", "# Tiltak"),
                List.of("~ Strategi for datadeling", "i. Digdir skal etablere en felles katalog innen 2026.",
                        "ii. Etatene skal dele data gjennom felles grensesnitt.")));
    }

    @Test
    void chunksKnowTheirSectionPath() {
        List<Chunk> chunks = chunker.chunk(strategy());
        Chunk tiltak = chunks.stream().filter(c -> c.text().contains("felles katalog")).findFirst().orElseThrow();
        assertThat(tiltak.sectionPath()).as("a box caption like 'Tiltak' is no section").containsExactly("Hovedmål og tiltak");
        Chunk intro = chunks.stream().filter(c -> c.text().contains("bakgrunnen")).findFirst().orElseThrow();
        assertThat(intro.sectionPath()).containsExactly("Innledning");
        assertThat(intro.pageStart()).isEqualTo(1);
    }

    @Test
    void aSectionRunningOverAPageBreakSpansBothPages() {
        Chunk tiltak = chunker.chunk(strategy()).stream().filter(c -> c.text().startsWith("Hovedmål og tiltak")).findFirst().orElseThrow();
        assertThat(tiltak.pageStart()).isEqualTo(1);
        assertThat(tiltak.pageEnd()).isEqualTo(2);
    }

    @Test
    void runningHeadersNeverEnterAChunk() {
        assertThat(chunker.chunk(strategy())).noneSatisfy(c -> assertThat(c.text()).contains("Strategi for datadeling"));
    }

    @Test
    void offsetsPointAtTheChunkTextInTheDocument() {
        SourceDocument document = strategy();
        for (Chunk chunk : chunker.chunk(document)) {
            assertWordsInOrder(document.text().substring(chunk.charStart(), chunk.charEnd()), chunk.text());
        }
    }

    @Test
    void longSectionsAreCutToSizeWithOverlap() {
        List<String> lines = new ArrayList<>(List.of("# Tiltak"));
        for (int i = 1; i <= 30; i++) {
            lines.add(i + ". Etaten skal gjennomføre tiltak nummer " + i + " innen utgangen av året.");
        }
        List<Chunk> chunks = chunker.chunk(Documents.of("lang.pdf", List.of(lines)));
        assertThat(chunks.size()).isGreaterThan(3);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(300 + 80));
        for (int i = 1; i < chunks.size(); i++) {
            String previousLastLine = chunks.get(i - 1).text().lines().reduce((a, b) -> b).orElseThrow();
            assertThat(chunks.get(i).text()).as("chunk %d repeats the end of chunk %d", i, i - 1).contains(previousLastLine);
        }
    }

    @Test
    void textWithoutLayoutIsChunkedByParagraphsAndShortHeadings() {
        SourceDocument plain = Documents.plain("notat.docx", "Innledning\n\nBakgrunnen er lang.\n\nTiltak\n\nDigdir skal lage en katalog.");
        List<Chunk> chunks = chunker.chunk(plain);
        assertThat(chunks).extracting(Chunk::section).contains("Innledning").doesNotContain("Tiltak");
        assertThat(chunks).allSatisfy(c -> assertThat(c.pageStart()).isEqualTo(1));
    }

    @Test
    void corpusChunksBelongToTheirDocumentAndCoverEveryBodyLine() throws Exception {
        SourceDocument document = new PdfBoxIngester().ingest(CorpusFixtures.pdf("miljo"));
        List<Chunk> chunks = new SectionChunker().chunk(document);
        assertThat(chunks).allSatisfy(c -> assertThat(c.documentId()).isEqualTo(document.id()));
        String all = String.join("\n", chunks.stream().map(Chunk::text).toList());
        Page page = document.page(5);
        page.lines().stream().filter(l -> !page.isBoilerplate(l.start()))
                .forEach(line -> assertThat(all).contains(line.text(page)));
        assertThat(chunks).extracting(Chunk::section).contains("Om strategien – oppbygning og prinsipper")
                .as("box captions are no sections").doesNotContain("Tiltak", "Delmål");
    }

    @Test
    void everyBodyLineOfAnActionPlanIsInAChunkTablesAndFieldLinesIncluded() throws Exception {
        SourceDocument document = new PdfBoxIngester().ingest(CorpusFixtures.pdf("miljo-handlingsplan"));
        String all = String.join("\n", new SectionChunker().chunk(document).stream().map(Chunk::text).toList());
        for (Page page : document.pages()) {
            page.lines().stream().filter(l -> !page.isBoilerplate(l.start()) && !l.text(page).isBlank())
                    .forEach(line -> assertThat(all).contains(line.text(page)));
        }
    }

    @Test
    void randomDocumentsKeepTheInvariants() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            SourceDocument document = Documents.of("tilfeldig.pdf", randomPages(random));
            for (Chunk chunk : chunker.chunk(document)) {
                assertThat(chunk.charEnd()).isLessThanOrEqualTo(document.text().length());
                assertThat(chunk.pageEnd()).isBetween(chunk.pageStart(), document.pages().size());
                assertWordsInOrder(document.text().substring(chunk.charStart(), chunk.charEnd()), chunk.text());
            }
        }
    }

    private static List<List<String>> randomPages(Random random) {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 1 + random.nextInt(4); p++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < random.nextInt(12); l++) {
                StringBuilder line = new StringBuilder(random.nextInt(5) == 0 ? "# " : "");
                for (int w = 0; w < 1 + random.nextInt(40); w++) {
                    line.append(random.ints(1 + random.nextInt(12), 'a', 'z' + 1)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append(' ');
                }
                lines.add(line.toString().strip());
            }
            pages.add(lines);
        }
        return pages;
    }

    private static void assertWordsInOrder(String span, String chunkText) {
        int at = 0;
        for (String word : chunkText.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int found = span.indexOf(word, at);
            assertThat(found).as("'%s' in order in the document span", word).isGreaterThanOrEqualTo(0);
            at = found + word.length();
        }
    }
}
