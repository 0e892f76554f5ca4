package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.CorpusFixtures;

/**
 * Extraction throughput of the pattern proposer in pages/s over the corpus PDFs. Ingest happens
 * once, before timing, so the figure is the proposer's alone. Run as a main class from the test
 * classpath; args: rounds (default 20).
 */
public final class PatternProposerBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<SourceDocument> documents = new ArrayList<>();
        for (CorpusFixtures.ManifestEntry entry : CorpusFixtures.manifest()) {
            documents.add(new PdfBoxIngester().ingest(entry.pdf()));
        }
        PatternMeasureProposer proposer = new PatternMeasureProposer();
        run(proposer, documents, 3); // warm-up: JIT and regex compilation are not the steady state
        for (SourceDocument document : documents) {
            Result r = run(proposer, List.of(document), rounds);
            System.out.printf("%-14s %4d pages %8.1f pages/s %5d candidates%n",
                    document.fileName(), document.pages().size(), r.pagesPerSecond(), r.candidates() / rounds);
        }
        Result all = run(proposer, documents, rounds);
        System.out.printf("%-14s %4d pages %8.1f pages/s%n", "overall", all.pages() / rounds, all.pagesPerSecond());
    }

    private record Result(int pages, int candidates, long nanos) {
        double pagesPerSecond() {
            return pages / (nanos / 1e9);
        }
    }

    private static Result run(PatternMeasureProposer proposer, List<SourceDocument> documents, int rounds) {
        int pages = 0;
        int candidates = 0;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (SourceDocument document : documents) {
                candidates += proposer.propose(document, List.of()).candidates().size();
                pages += document.pages().size();
            }
        }
        return new Result(pages, candidates, System.nanoTime() - start);
    }
}
