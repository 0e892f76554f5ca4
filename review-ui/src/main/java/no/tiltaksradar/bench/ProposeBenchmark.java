package no.tiltaksradar.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.chunk.Chunker;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.IngestException;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.MeasureProposer;
import no.tiltaksradar.propose.ProposalException;
import no.tiltaksradar.validate.CitationValidator;

/**
 * Throughput of the stages after ingest: the proposer alone (pages/s) and the validator on the
 * proposer's candidates (quotes/s), over documents ingested once beforehand.
 */
public final class ProposeBenchmark {
    private final DocumentIngester ingester;
    private final Chunker chunker;

    public ProposeBenchmark(DocumentIngester ingester, Chunker chunker) {
        this.ingester = ingester;
        this.chunker = chunker;
    }

    public void run(List<Path> files, MeasureProposer proposer, int rounds, PrintWriter out) throws IngestException, ProposalException {
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(ingester.ingest(file));
        }
        int pages = documents.stream().mapToInt(d -> d.pages().size()).sum();
        proposeAll(documents, proposer); // warm-up
        long start = System.nanoTime();
        int candidates = 0;
        for (int round = 0; round < rounds; round++) {
            candidates = proposeAll(documents, proposer);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%s: %d pages x %d rounds in %.2f s = %.0f pages/s (%d candidates per round)%n", proposer.id(), pages, rounds,
                seconds, pages * rounds / seconds, candidates);
        validate(documents, proposer, rounds, out);
    }

    /** Validation alone: the candidates are proposed first, only the validator's time is counted. */
    private void validate(List<SourceDocument> documents, MeasureProposer proposer, int rounds, PrintWriter out) throws ProposalException {
        long validating = 0;
        int quotes = 0;
        for (SourceDocument document : documents) {
            var candidates = proposer.propose(document, chunker.chunk(document)).candidates();
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                CitationValidator.offline(List.of(document)).validateAll(candidates);
                validating += System.nanoTime() - start;
                quotes += candidates.size();
            }
        }
        out.printf("validator: %d quotes in %.2f s = %.0f quotes/s (document indexing included)%n", quotes, validating / 1e9,
                quotes / (validating / 1e9));
    }

    private int proposeAll(List<SourceDocument> documents, MeasureProposer proposer) throws ProposalException {
        int candidates = 0;
        for (SourceDocument document : documents) {
            candidates += proposer.propose(document, chunker.chunk(document)).candidates().size();
        }
        return candidates;
    }
}
