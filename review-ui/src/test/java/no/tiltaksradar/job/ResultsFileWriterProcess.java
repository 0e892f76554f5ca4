package no.tiltaksradar.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run as a child JVM by {@link ResultsFileKillTest}: writes documents of many records each, as
 * fast as it can, and says on stdout after each finished one, until it is killed.
 */
public final class ResultsFileWriterProcess {
    static final int RECORDS_PER_DOCUMENT = 400;

    private ResultsFileWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String padding = "x".repeat(200);
        try (ResultsFile results = ResultsFile.open(out, false)) {
            for (int doc = 0; doc < 100_000; doc++) {
                String sha = "sha-" + doc;
                if (results.isFinished(sha)) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < RECORDS_PER_DOCUMENT; i++) {
                    lines.add("{\"doc\":" + doc + ",\"i\":" + i + ",\"pad\":\"" + padding + "\"}");
                }
                results.writeDocument(sha, "doc-" + doc + ".pdf", lines);
                System.out.println("finished " + doc);
                System.out.flush();
            }
        }
    }
}
