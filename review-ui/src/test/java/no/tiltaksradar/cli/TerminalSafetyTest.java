package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import no.tiltaksradar.testing.CorpusFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile PDF title or file name reaches the terminal escaped, never as a control sequence or a line of its own. */
class TerminalSafetyTest {
    private static final String HOSTILE_TITLE = "Strategi\u001b[2J\u001b[H\nFAILED alt.pdf: \u202etsaf";

    @TempDir
    Path data;

    @Test
    void aHostileTitleAndFileNameArePrintedEscaped() throws Exception {
        Path pdf = hostilePdf();
        CommandLineRun run = CommandLineRun.run(data, "ingest", pdf.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertNoControlCharacters(run.out());
        assertNoControlCharacters(run.err());
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("FAILED"));
        assertThat(run.out()).contains("title: Strategi\\u001b[2J\\u001b[H\\u000aFAILED alt.pdf: \\u202etsaf");
    }

    @Test
    void jsonOutputStaysParseableAndKeepsTheTitleExactly() throws Exception {
        Path pdf = hostilePdf();
        CommandLineRun run = CommandLineRun.run(data, "ingest", "--json", pdf.toString());
        assertNoControlCharacters(run.out());
        String row = run.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow();
        assertThat(new ObjectMapper().readTree(row).get("title").asText()).isEqualTo(HOSTILE_TITLE);
    }

    private Path hostilePdf() throws Exception {
        Path pdf = data.resolve("ond\u001b[31m\nFAILED x.pdf");
        try (PDDocument document = Loader.loadPDF(CorpusFixtures.pdf("ks").toFile())) {
            document.getDocumentInformation().setTitle(HOSTILE_TITLE);
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static void assertNoControlCharacters(String text) {
        String offending = Arrays.toString(text.chars().filter(c -> c != '\n' && c != '\t' && TerminalText.isUnsafe((char) c)).toArray());
        assertThat(offending).as(text).isEqualTo("[]");
    }
}
