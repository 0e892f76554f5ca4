package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path data;

    @Test
    void theGoldScoredAgainstItselfIsPerfect() {
        Path gold = CorpusFixtures.corpus().resolve("gold/miljo.jsonl");
        CommandLineRun run = CommandLineRun.run(data, "eval", "--gold", gold.toString(), "--predictions", gold.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("miljo\\.pdf\\s+30\\s+30\\s+30\\s+1\\.00\\s+1\\.00\\s+1\\.00\\s+1\\.00\\s+37/37");
    }

    @Test
    void extractThenEvalPrintsTheTableAndDetails() {
        Path out = data.resolve("results.jsonl");
        CommandLineRun.run(data, "extract", CorpusFixtures.pdf("miljo").toString(), "--out", out.toString());
        CommandLineRun run = CommandLineRun.run(data, "eval", "--gold", CorpusFixtures.corpus().resolve("gold/miljo.jsonl").toString(),
                "--predictions", out.toString(), "--details");
        assertThat(run.out()).contains("miljo.pdf", "overall", "FP ");
    }

    @Test
    void withTheDocumentsEvalAlsoScoresEachLayoutKind() {
        Path gold = CorpusFixtures.corpus().resolve("gold/miljo-handlingsplan.jsonl");
        CommandLineRun run = CommandLineRun.run(data, "eval", "--gold", gold.toString(), "--predictions", gold.toString(),
                "--documents", CorpusFixtures.pdf("miljo-handlingsplan").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("miljo-handlingsplan.pdf by layout kind").containsPattern("table\\s+23\\s+23\\s+23\\s+1\\.00");
    }
}
