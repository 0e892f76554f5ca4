package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.index.LuceneChunkIndex;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.FormatDetectingIngester;
import no.tiltaksradar.ingest.OcrEngine;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;

class IngestJobTest {

    @Test
    void aDocumentThatExhaustsMemoryFailsAloneAndTheBatchGoesOn() {
        DocumentIngester real = FormatDetectingIngester.withDefaults(OcrEngine.NONE);
        DocumentIngester greedy = file -> {
            if (file.getFileName().toString().equals("enorm.pdf")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return real.ingest(file);
        };
        IngestJob job = new IngestJob(greedy, new SectionChunker(), LuceneChunkIndex.inMemory());
        BatchResult result = job.run(List.of(Path.of("enorm.pdf"), CorpusFixtures.pdf("ks")), BatchListener.SILENT, new AtomicBoolean());
        assertThat(result.outcomes()).extracting(DocumentOutcome::succeeded).containsExactly(false, true);
        assertThat(result.outcomes().getFirst().failure()).startsWith("enorm.pdf: not enough memory to read it (the JVM may use ");
    }
}
