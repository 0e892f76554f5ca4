package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path data;

    @Test
    void ingestsTheCorpusWithPageCountsFromTheManifest() throws Exception {
        CommandLineRun run = CommandLineRun.run(data, "ingest", "--json", CorpusFixtures.corpus().resolve("pdf").toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> rows = jsonLines(run.out());
        assertThat(rows).hasSize(CorpusFixtures.manifest().size());
        for (CorpusFixtures.ManifestEntry entry : CorpusFixtures.manifest()) {
            JsonNode row = rows.stream().filter(r -> r.path("document").asText().equals(entry.id() + ".pdf")).findFirst().orElseThrow();
            assertThat(row.get("pages").asInt()).as(entry.id()).isEqualTo(entry.pages());
            assertThat(row.get("sha256").asText()).isEqualTo(entry.sha256());
            assertThat(row.get("chunks").asInt()).isPositive();
            assertThat(row.get("sections")).isNotEmpty();
        }
    }

    @Test
    void aBatchWithBadFilesGoesOnReportsEachAndExitsNonZero() {
        // OCR switched off (no such tesseract language): the scanned PDF must then be reported, not passed
        CommandLineRun run = CommandLineRun.run(data, "ingest", CorpusFixtures.corpus().resolve("bad").toString(),
                CorpusFixtures.corpus().resolve("pdf").toString(), "--tiltaksradar.ocr-language=none");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(
                "FAILED encrypted-user-password.pdf: password required",
                "FAILED truncated.pdf: damaged/truncated PDF",
                "FAILED not-a-pdf.pdf: not a PDF (PNG image",
                "FAILED empty.pdf: empty file",
                "FAILED scanned-image-only.pdf: no text layer",
                "owner-password-only.pdf: 12 pages",
                "miljo.pdf: 12 pages", "digdir.pdf: 56 pages", "ks.pdf: 6 pages", "faktaark.pdf: 23 pages",
                "miljo-handlingsplan.pdf: 8 pages");
        int good = CorpusFixtures.manifest().size() + 1; // the corpus and the PDF with an owner password only
        assertThat(run.out()).contains(good + " of " + (good + 5) + " files ingested, 5 failed.");
    }

    @Test
    void missingPathsBrokenLinksAndFifosAreOneLineEachAndTheRestIsIngested() throws Exception {
        Path inputs = java.nio.file.Files.createDirectories(data.resolve("inn"));
        Path broken = java.nio.file.Files.createSymbolicLink(inputs.resolve("lenke.pdf"), inputs.resolve("borte.pdf"));
        Path fifo = fifo(inputs.resolve("kanal.pdf"));
        CommandLineRun run = CommandLineRun.run(data, "ingest", inputs.resolve("finnes-ikke.pdf").toString(), broken.toString(),
                fifo.toString(), CorpusFixtures.pdf("ks").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED " + inputs.resolve("finnes-ikke.pdf") + ": no such file or folder",
                "FAILED " + broken + ": broken link", "FAILED " + fifo + ": not a regular file", "ks.pdf: 6 pages",
                "1 of 4 files ingested, 3 failed.");
    }

    @Test
    void helpIsOfferedOnEveryCommand() {
        for (String command : List.of("ingest", "search", "bench")) {
            CommandLineRun run = CommandLineRun.run(data, command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: tiltaksradar " + command);
        }
    }

    private static Path fifo(Path path) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0, "needs mkfifo");
        return path;
    }

    private static List<JsonNode> jsonLines(String out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (line.startsWith("{")) {
                rows.add(json.readTree(line));
            }
        }
        return rows;
    }
}
