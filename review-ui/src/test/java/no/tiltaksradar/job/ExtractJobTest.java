package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.index.LuceneChunkIndex;
import no.tiltaksradar.ingest.FormatDetectingIngester;
import no.tiltaksradar.ingest.OcrEngine;
import no.tiltaksradar.propose.pattern.PatternMeasureProposer;
import no.tiltaksradar.testing.CorpusFixtures;
import no.tiltaksradar.validate.CitationValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping between documents and picking up again: nothing written twice, nothing lost. */
class ExtractJobTest {
    @TempDir
    Path temp;

    private final ExtractJob job = new ExtractJob(new IngestJob(FormatDetectingIngester.withDefaults(OcrEngine.NONE),
            new SectionChunker(), LuceneChunkIndex.inMemory()), document -> CitationValidator.offline(List.of(document)));

    @Test
    void aStopRequestFinishesTheDocumentInHandAndAResumedRunDoesTheRest() throws Exception {
        List<Path> files = List.of(CorpusFixtures.pdf("ks"), CorpusFixtures.pdf("miljo"));
        Path out = temp.resolve("results.jsonl");
        AtomicBoolean stop = new AtomicBoolean();
        BatchListener stopAfterFirst = new BatchListener() {
            @Override
            public void documentFinished(DocumentOutcome outcome) {
                stop.set(true);
            }
        };
        ExtractResult first;
        try (ResultsFile results = ResultsFile.open(out, false)) {
            first = job.run(files, new PatternMeasureProposer(), results, true, stopAfterFirst, stop);
        }
        assertThat(first.extractions()).hasSize(1);
        assertThat(first.notRun()).isEqualTo(1);
        long afterFirst = Files.readAllLines(out).size();

        ExtractResult second;
        try (ResultsFile results = ResultsFile.open(out, false)) {
            second = job.run(files, new PatternMeasureProposer(), results, true, BatchListener.SILENT, new AtomicBoolean());
        }
        assertThat(second.resumed()).isEqualTo(1);
        assertThat(second.extractions()).extracting(e -> e.outcome().file().getFileName().toString()).containsExactly("miljo.pdf");
        assertThat(Files.readAllLines(out).size()).isGreaterThan((int) afterFirst);
        assertThat(Files.readAllLines(out)).filteredOn(l -> l.contains("\"document\":\"ks.pdf\"")).hasSize((int) afterFirst);
    }

    @Test
    void theSameContentUnderASecondNameIsSkippedAndNotCountedAsExtracted() throws Exception {
        Path copy = java.nio.file.Files.copy(CorpusFixtures.pdf("ks"), temp.resolve("ks-kopi.pdf"));
        Path out = temp.resolve("results.jsonl");
        ExtractResult result;
        try (ResultsFile results = ResultsFile.open(out, false)) {
            result = job.run(List.of(CorpusFixtures.pdf("ks"), copy), new PatternMeasureProposer(), results, false,
                    BatchListener.SILENT, new AtomicBoolean());
        }
        assertThat(result.duplicates()).containsExactly("ks-kopi.pdf: same content as ks.pdf, skipped");
        assertThat(result.resumed()).isZero();
        assertThat(result.extracted()).isEqualTo(1);

        ExtractResult again; // a later run with only the copy: still a duplicate, not a resumed document
        try (ResultsFile results = ResultsFile.open(out, false)) {
            again = job.run(List.of(copy), new PatternMeasureProposer(), results, false, BatchListener.SILENT, new AtomicBoolean());
        }
        assertThat(again.duplicates()).containsExactly("ks-kopi.pdf: same content as ks.pdf, skipped");
        assertThat(again.extracted()).isZero();
    }

    @Test
    void aDocumentThatExhaustsMemoryInTheProposerFailsAloneAndTheBatchKeepsNoPages() throws Exception {
        no.tiltaksradar.propose.MeasureProposer greedy = new no.tiltaksradar.propose.MeasureProposer() {
            @Override
            public no.tiltaksradar.propose.ProposalBatch propose(no.tiltaksradar.model.SourceDocument document,
                                                                 List<no.tiltaksradar.model.Chunk> chunks) throws no.tiltaksradar.propose.ProposalException {
                if (document.fileName().equals("miljo.pdf")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return new PatternMeasureProposer().propose(document, chunks);
            }

            @Override
            public String id() {
                return "greedy/1";
            }
        };
        ExtractResult result;
        try (ResultsFile results = ResultsFile.open(temp.resolve("results.jsonl"), false)) {
            result = job.run(List.of(CorpusFixtures.pdf("miljo"), CorpusFixtures.pdf("ks")), greedy, results, true,
                    BatchListener.SILENT, new AtomicBoolean());
        }
        assertThat(result.extractions()).extracting(DocumentExtraction::succeeded).containsExactly(false, true);
        assertThat(result.extractions().getFirst().failure()).startsWith("miljo.pdf: not enough memory to propose and validate its 12 pages");
        assertThat(result.extractions().get(1).outcome().document().pages()).isEmpty();
        assertThat(result.extractions().get(1).outcome().chunks()).isEmpty();
    }
}
