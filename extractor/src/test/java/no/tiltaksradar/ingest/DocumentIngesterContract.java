package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link DocumentIngester} promises; each implementation's test extends this. */
public abstract class DocumentIngesterContract {

    @TempDir
    protected Path temp;

    protected abstract DocumentIngester ingester();

    /** A readable sample file of the format under test, with text in it. */
    protected abstract Path sample() throws IOException;

    /** A few words that must appear in the sample's text. */
    protected abstract String expectedWords();

    @Test
    void identifiesTheDocumentByTheSha256OfItsBytes() throws Exception {
        Path sample = sample();
        SourceDocument document = ingester().ingest(sample);
        assertThat(document.sha256()).isEqualTo(Sha256.of(sample));
        assertThat(document.fileName()).isEqualTo(sample.getFileName().toString());
    }

    @Test
    void pagesAreNumberedFromOneAndTheirOffsetsPointIntoTheDocumentText() throws Exception {
        SourceDocument document = ingester().ingest(sample());
        String text = document.text();
        assertThat(document.pages()).isNotEmpty();
        for (Page page : document.pages()) {
            assertThat(text.substring(page.offset(), page.endOffset())).isEqualTo(page.text());
        }
        assertThat(document.metadata().pageCount()).isEqualTo(document.pages().size());
    }

    @Test
    void extractsTheText() throws Exception {
        SourceDocument document = ingester().ingest(sample());
        assertThat(document.text().replaceAll("\\s+", " ")).contains(expectedWords());
    }

    @Test
    void anEmptyFileFailsNamingTheFile() throws Exception {
        Path empty = Files.createFile(temp.resolve("tom.pdf"));
        assertThatThrownBy(() -> ingester().ingest(empty))
                .isInstanceOf(IngestException.class)
                .hasMessage("tom.pdf: empty file")
                .extracting(e -> ((IngestException) e).reason()).isEqualTo(IngestException.Reason.EMPTY_FILE);
    }
}
