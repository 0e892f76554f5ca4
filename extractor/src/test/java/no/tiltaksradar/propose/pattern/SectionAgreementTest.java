package no.tiltaksradar.propose.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Chunker and proposer read the same layout, so a candidate cites the section its chunk is filed under. */
class SectionAgreementTest {

    static List<String> documents() {
        return CorpusFixtures.goldDocuments();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aCandidatesSectionIsItsChunksSection(String id) throws Exception {
        SourceDocument document = new PdfBoxIngester().ingest(CorpusFixtures.pdf(id));
        List<Chunk> chunks = new SectionChunker().chunk(document);
        List<CandidateMeasure> candidates = new PatternMeasureProposer().propose(document, chunks).candidates();
        assertThat(candidates).isNotEmpty();
        for (CandidateMeasure candidate : candidates) {
            Chunk chunk = chunks.stream().filter(c -> c.charStart() <= candidate.charStart() && candidate.charStart() < c.charEnd())
                    .findFirst().orElseThrow(() -> new AssertionError("no chunk holds " + candidate.id()));
            assertThat(candidate.location().section()).as("section of %s", candidate.id()).isEqualTo(chunk.section());
        }
    }
}
