package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.tiltaksradar.index.LuceneChunkIndex;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stdout carries the command's output only; logs are short lines on stderr; traces only with --verbose. */
class CleanOutputTest {
    @TempDir
    Path data;

    @Test
    void noArgumentsPrintsUsage() {
        CommandLineRun run = CommandLineRun.run(data);
        assertThat(run.out()).startsWith("Usage: tiltaksradar").contains("ingest", "extract", "--verbose");
        assertThat(run.exitCode()).isEqualTo(TiltaksradarCommand.USAGE);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpAndEvalPrintNothingOnStderr() {
        assertThat(CommandLineRun.run(data, "--help").err()).isEmpty();
        CommandLineRun eval = CommandLineRun.run(data, "eval", "--help");
        assertThat(eval.err()).isEmpty();
        assertThat(eval.out()).doesNotContainIgnoringCase("tesseract");
    }

    @Test
    void jsonOnStdoutIsOnlyJsonAndLibraryErrorsCarryNoStackTrace() throws Exception {
        Path damaged = truncatedWithEof();
        CommandLineRun run = CommandLineRun.run(data, "ingest", "--json", damaged.toString(), CorpusFixtures.pdf("ks").toString());
        assertThat(run.out().lines()).isNotEmpty().allMatch(line -> line.startsWith("{"));
        assertThat(run.err()).doesNotContain("\tat ", "Exception:");
    }

    @Test
    void verboseShowsTheLibraryMessagesOnStderrNeverInTheJson() throws Exception {
        Path damaged = truncatedWithEof();
        CommandLineRun run = CommandLineRun.run(data, "ingest", "--json", "--verbose", damaged.toString());
        assertThat(run.err()).contains("tiltaksradar: ", "pdfbox", "\tat ");
        assertThat(run.out().lines()).isNotEmpty().allMatch(line -> line.startsWith("{"));
    }

    @Test
    void aDataDirectoryInUseIsOneLineUpFront() throws Exception {
        try (LuceneChunkIndex other = LuceneChunkIndex.onDisk(data.resolve("index"))) {
            CommandLineRun run = CommandLineRun.run(data, "ingest", CorpusFixtures.pdf("ks").toString(), CorpusFixtures.pdf("miljo").toString());
            assertThat(run.exitCode()).isNotZero();
            assertThat(run.err().strip().lines()).hasSize(1).first().asString()
                    .contains("data directory is in use by another tiltaksradar process", "write.lock");
            assertThat(run.out()).doesNotContain("FAILED");
        }
    }

    @Test
    void searchOnADataDirectoryInUseSaysSoInOneLine() throws Exception {
        try (LuceneChunkIndex other = LuceneChunkIndex.onDisk(data.resolve("index"))) {
            CommandLineRun run = CommandLineRun.run(data, "search", "--document", CorpusFixtures.pdf("ks").toString(), "digital");
            assertThat(run.exitCode()).isNotZero();
            assertThat(run.err().strip().lines()).hasSize(1).first().asString()
                    .startsWith("tiltaksradar search: the data directory is in use by another tiltaksradar process (Lock held")
                    .doesNotContain("Error creating bean");
        }
    }

    private Path truncatedWithEof() throws Exception {
        byte[] whole = Files.readAllBytes(CorpusFixtures.pdf("digdir"));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length * 6 / 10);
        Path damaged = data.resolve("avkuttet.pdf");
        Files.write(damaged, cut);
        Files.writeString(damaged, "\n%%EOF\n", java.nio.file.StandardOpenOption.APPEND);
        return damaged;
    }
}
