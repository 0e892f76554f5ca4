package no.tiltaksradar.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON Lines output that a stopped run can resume: records are appended and flushed one
 * document at a time, and a sidecar {@code <out>.done} lists the sha256 of every finished
 * document, including those that had no measures, so a resumed run skips exactly those.
 */
public final class ResultsFile implements AutoCloseable {
    private final Path done;
    private final Set<String> finished;
    private final BufferedWriter records;
    private final BufferedWriter doneLog;

    private ResultsFile(Path out, boolean restart) throws IOException {
        this.done = out.resolveSibling(out.getFileName() + ".done");
        if (restart) {
            Files.deleteIfExists(out);
            Files.deleteIfExists(done);
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        this.finished = Files.exists(done) ? new HashSet<>(readShas(done)) : new HashSet<>();
        this.records = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        this.doneLog = Files.newBufferedWriter(done, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Opens {@code out} for appending; with {@code restart} it and its progress are emptied first. */
    public static ResultsFile open(Path out, boolean restart) throws IOException {
        return new ResultsFile(out, restart);
    }

    /** True when no document has been finished yet: nothing to resume. */
    public boolean isEmpty() {
        return finished.isEmpty();
    }

    public boolean isFinished(String sha256) {
        return finished.contains(sha256);
    }

    /** Appends one document's records and marks it finished, in that order, so a crash never loses a record. */
    public void writeDocument(String sha256, String fileName, List<String> jsonLines) throws IOException {
        for (String line : jsonLines) {
            records.write(line);
            records.newLine();
        }
        records.flush();
        doneLog.write(sha256 + "\t" + fileName);
        doneLog.newLine();
        doneLog.flush();
        finished.add(sha256);
    }

    private static List<String> readShas(Path done) throws IOException {
        return Files.readAllLines(done, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split("\t", 2)[0]).toList();
    }

    @Override
    public void close() throws IOException {
        try (records; doneLog) {
            records.flush();
            doneLog.flush();
        }
    }
}
