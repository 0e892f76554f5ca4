package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path data;

    @Test
    void everyPatternCandidateOnTheCorpusIsVerifiedOnItsPage() throws Exception {
        Path out = data.resolve("results.jsonl");
        CommandLineRun run = CommandLineRun.run(data, "extract", CorpusFixtures.corpus().resolve("pdf").toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        List<JsonNode> records = records(out);
        assertThat(records).hasSizeGreaterThan(100);
        for (JsonNode record : records) {
            assertThat(record.at("/validation/quote/status").asText()).as(record.get("quote").asText()).isIn("VERIFIED", "VERIFIED_FUZZY");
            assertThat(record.get("proposer").asText()).isEqualTo("pattern/1");
            assertThat(record.get("page").asInt()).isPositive();
            assertThat(record.get("documentSha256").asText()).hasSize(64);
        }
        int pdfs = CorpusFixtures.manifest().size();
        assertThat(run.out()).contains(pdfs + " of " + pdfs + " files extracted, 0 failed");
    }

    @Test
    void aSecondRunResumesAndABadFileDoesNotStopTheOthers() throws Exception {
        Path out = data.resolve("results.jsonl");
        CommandLineRun first = CommandLineRun.run(data, "extract", CorpusFixtures.pdf("ks").toString(), "--out", out.toString());
        int afterFirst = records(out).size();
        CommandLineRun second = CommandLineRun.run(data, "extract", CorpusFixtures.pdf("ks").toString(),
                CorpusFixtures.bad("empty.pdf").toString(), CorpusFixtures.pdf("miljo").toString(), "--out", out.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).contains("1 documents already in", "FAILED empty.pdf: empty file", "miljo.pdf:");
        List<JsonNode> records = records(out);
        assertThat(records.size()).isGreaterThan(afterFirst);
        assertThat(records.stream().filter(r -> r.get("document").asText().equals("ks.pdf")).count()).isEqualTo(afterFirst);
    }

    @Test
    void aFullDiskNamesTheDocumentAndExitsNonZero() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs Linux /dev/full");
        Path out = Files.createSymbolicLink(data.resolve("results.jsonl"), Path.of("/dev/full"));
        CommandLineRun run = CommandLineRun.run(data, "extract", CorpusFixtures.pdf("ks").toString(), "--out", out.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("ks.pdf: its records could not be written", "No space left on device");
        assertThat(Files.readString(data.resolve("results.jsonl.done"))).isEmpty();
    }

    @Test
    void theLlmProposerSaysWhatToConfigure() {
        CommandLineRun run = CommandLineRun.run(data, "extract", CorpusFixtures.pdf("ks").toString(), "--out",
                data.resolve("x.jsonl").toString(), "--proposer", "llm");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("proposer 'llm' is not available", "tiltaksradar.llm");
    }

    static List<JsonNode> records(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                records.add(json.readTree(line));
            }
        }
        return records;
    }
}
