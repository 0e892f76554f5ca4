package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trends} over real extraction results of two corpus PDFs: every finding cites a measure or passage that exists. */
class TrendsCommandTest {
    private static final Pattern CITED_ID = Pattern.compile("\\[([\\w-]+)\\]\\(#");

    @TempDir
    Path data;

    @Test
    void writesAReportWhoseEveryFindingCitesAnExistingMeasureOrPassage() throws Exception {
        Path results = data.resolve("results.jsonl");
        Path report = data.resolve("report.md");
        String miljo = CorpusFixtures.pdf("miljo").toString();
        String ks = CorpusFixtures.pdf("ks").toString();
        assertThat(CommandLineRun.run(data, "extract", miljo, ks, "--out", results.toString()).exitCode()).isZero();

        CommandLineRun run = CommandLineRun.run(data, "trends", "--in", results.toString(), "--documents", miljo, ks, "--out", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("themes 2017 vs 2020").containsPattern("(\\d+) sentences checked, \\1 kept, 0 marked");
        String md = Files.readString(report);
        String findings = md.substring(md.indexOf("## Funn"), md.indexOf("## Tall"));
        List<String> sentences = findings.lines().filter(l -> l.startsWith("- ")).toList();
        assertThat(sentences).hasSizeGreaterThan(5).allSatisfy(s -> assertThat(s).containsPattern("\\[\\[[\\w-]+\\]\\(#"));
        String records = Files.readString(results);
        Matcher cited = CITED_ID.matcher(findings);
        while (cited.find()) {
            String id = cited.group(1);
            assertThat(id.matches("P\\d+") ? md.contains("**" + id + "** ") : records.contains("\"id\":\"" + id + "\""))
                    .as("cited %s exists", id).isTrue();
        }
        assertThat(md).contains("log-odds-forhold med informativ Dirichlet-prior").doesNotContain("Ikke støttet (vises ikke som funn)");
    }

    @Test
    void aMissingResultsFileIsOneLine() {
        CommandLineRun run = CommandLineRun.run(data, "trends", "--in", data.resolve("none.jsonl").toString(), "--out",
                data.resolve("r.md").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("none.jsonl: no such file");
    }
}
