package no.tiltaksradar.propose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.Documents;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MeasureProposer} promises, whatever it is built on: candidates name the one
 * document they came from, carry a quote and a page inside it, and "no measures" is an empty batch.
 * Each proposer's test extends this and says how to build the proposer for a given document.
 */
public abstract class MeasureProposerContract {
    protected static final SourceDocument STRATEGY = Documents.of("strategi.pdf", List.of(
            List.of("~ Strategi for datadeling", "# Tiltak", "i. Kartverket skal etablere en felles adresseløsning innen 1.3.2026."),
            List.of("~ Strategi for datadeling", "# Mål", "1. Tjenestene skal være enkle å bruke.")));
    protected static final SourceDocument NOTHING = Documents.of("bakgrunn.pdf", List.of(
            List.of("# Bakgrunn", "Sektoren har mange virksomheter av ulik størrelse.")));

    /** The proposer under test, ready to answer for {@code document}. */
    protected abstract MeasureProposer proposerFor(SourceDocument document);

    protected List<Chunk> chunks(SourceDocument document) {
        return new SectionChunker().chunk(document);
    }

    @Test
    void everyCandidateNamesItsDocumentAndStandsInsideIt() throws Exception {
        ProposalBatch batch = proposerFor(STRATEGY).propose(STRATEGY, chunks(STRATEGY));
        assertThat(batch.documentId()).isEqualTo(STRATEGY.id());
        assertThat(batch.candidates()).isNotEmpty();
        for (CandidateMeasure candidate : batch.candidates()) {
            assertThat(candidate.document()).isEqualTo(STRATEGY.fileName());
            assertThat(candidate.documentSha256()).isEqualTo(STRATEGY.sha256());
            assertThat(candidate.quote()).isNotBlank();
            assertThat(candidate.page()).isBetween(1, STRATEGY.pages().size());
            assertThat(candidate.location().pageEnd()).isBetween(candidate.page(), STRATEGY.pages().size());
            assertThat(candidate.provenance().proposer()).isEqualTo(proposerFor(STRATEGY).id());
            if (candidate.charStart() >= 0) {
                assertThat(STRATEGY.text().substring(candidate.charStart(), candidate.charEnd()).replaceAll("\\s+", " "))
                        .isEqualTo(candidate.quote());
            }
        }
    }

    @Test
    void theMeasureIsFoundOnItsPage() throws Exception {
        ProposalBatch batch = proposerFor(STRATEGY).propose(STRATEGY, chunks(STRATEGY));
        assertThat(batch.candidates()).anySatisfy(c -> {
            assertThat(c.quote()).contains("Kartverket skal etablere en felles adresseløsning");
            assertThat(c.page()).isEqualTo(1);
        });
    }

    @Test
    void aDocumentWithoutMeasuresGivesAnEmptyBatch() throws Exception {
        assertThat(proposerFor(NOTHING).propose(NOTHING, chunks(NOTHING)).candidates()).isEmpty();
    }

    @Test
    void candidateIdsAreUniqueInABatch() throws Exception {
        List<String> ids = proposerFor(STRATEGY).propose(STRATEGY, chunks(STRATEGY)).candidates().stream()
                .map(CandidateMeasure::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }
}
