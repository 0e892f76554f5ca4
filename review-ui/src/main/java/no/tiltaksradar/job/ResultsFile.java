package no.tiltaksradar.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON Lines output that a stopped, killed or starved run can resume without a broken line.
 * Records are appended one document at a time; only then does the sidecar {@code <out>.done}
 * get a line with the document's sha256, name and the byte length of the output after it. On
 * open the output is cut back to the last finished document, so half a document left by a kill
 * or a full disk is dropped and redone. The sidecar is locked while open: a second process on
 * the same output is refused instead of writing every record twice.
 */
public final class ResultsFile implements AutoCloseable {
    private final Path out;
    private final FileChannel records;
    private final FileChannel doneLog;
    private final FileLock lock;
    private final Map<String, String> finished;
    private final long droppedBytes;

    private ResultsFile(Path out, FileChannel records, FileChannel doneLog, FileLock lock, DoneLog.Content done,
                        long droppedBytes) {
        this.out = out;
        this.records = records;
        this.doneLog = doneLog;
        this.lock = lock;
        this.finished = new HashMap<>(done.finished());
        this.droppedBytes = droppedBytes;
    }

    /**
     * Opens {@code out} for appending; with {@code restart} it and its progress are emptied first.
     *
     * @throws IOException also when another process has the same output open
     */
    public static ResultsFile open(Path out, boolean restart) throws IOException {
        Path donePath = out.resolveSibling(out.getFileName() + ".done");
        FileChannel doneLog;
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            doneLog = FileChannel.open(donePath, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // AccessDeniedException and friends carry only the path as their message
            throw new IOException(out + ": cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        FileChannel records = null;
        try {
            FileLock lock = lockOrRefuse(doneLog, out, donePath);
            records = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (restart) {
                doneLog.truncate(0);
                records.truncate(0);
            }
            DoneLog.Content done = DoneLog.read(doneLog);
            long dropped = cutBack(records, done.committedBytes());
            records.position(records.size());
            doneLog.position(doneLog.size());
            return new ResultsFile(out, records, doneLog, lock, done, dropped);
        } catch (IOException | RuntimeException e) {
            try (doneLog; FileChannel r = records) {
                throw e;
            }
        }
    }

    private static FileLock lockOrRefuse(FileChannel doneLog, Path out, Path donePath) throws IOException {
        FileLock lock;
        try {
            lock = doneLog.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process: refused the same way
        }
        if (lock == null) {
            throw new IOException(out + " is being written by another tiltaksradar run (lock on " + donePath.getFileName()
                    + "); wait for it to finish or choose another --out");
        }
        return lock;
    }

    /** Drops whatever follows the last finished document: a record half written when the run died. */
    private static long cutBack(FileChannel records, long committed) throws IOException {
        long size = records.size();
        if (committed < 0 || size <= committed) {
            return 0; // an older sidecar without byte counts: nothing known to cut
        }
        records.truncate(committed);
        return size - committed;
    }

    /** True when no document has been finished yet: nothing to resume. */
    public boolean isEmpty() {
        return finished.isEmpty();
    }

    public boolean isFinished(String sha256) {
        return finished.containsKey(sha256);
    }

    /** The name under which a finished document was written, if it was. */
    public Optional<String> finishedAs(String sha256) {
        return Optional.ofNullable(finished.get(sha256));
    }

    /** Bytes of an unfinished document that were cut off on open (0 when the last run ended cleanly). */
    public long droppedBytes() {
        return droppedBytes;
    }

    /**
     * Appends one document's records, forces them to disk, then marks the document finished, so
     * a crash at any point leaves either the whole document or none of it.
     *
     * @throws IOException naming the document, e.g. when the disk is full; the output is left as it was
     */
    public void writeDocument(String sha256, String fileName, List<String> jsonLines) throws IOException {
        long before = records.size();
        StringBuilder text = new StringBuilder();
        jsonLines.forEach(line -> text.append(line).append('\n'));
        try {
            writeFully(records, text.toString());
            records.force(false);
            long doneBefore = doneLog.size();
            try {
                writeFully(doneLog, sha256 + "\t" + fileName.replaceAll("[\\t\\n\\r]", " ") + "\t" + records.size() + "\n");
                doneLog.force(false);
            } catch (IOException e) {
                restore(doneLog, doneBefore);
                throw e;
            }
        } catch (IOException e) {
            restore(records, before);
            throw new IOException(fileName + ": its records could not be written to " + out + " (" + e.getMessage()
                    + "); the output ends at the last finished document", e);
        }
        finished.put(sha256, fileName);
    }

    private static void writeFully(FileChannel channel, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private static void restore(FileChannel channel, long size) {
        try {
            if (channel.size() > size) {
                channel.truncate(size);
            }
            channel.position(size);
        } catch (IOException ignored) {
            // the next open cuts back to the last finished document anyway
        }
    }

    @Override
    public void close() throws IOException {
        try (records; doneLog) {
            lock.release();
        }
    }
}
