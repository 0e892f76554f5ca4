package no.tiltaksradar.ingest;

import java.nio.file.Path;

/** A file that could not be ingested, with the file and a reason a person understands. */
public class IngestException extends Exception {

    /** Why a file failed; lets a batch summarise failures by kind. */
    public enum Reason {
        EMPTY_FILE, UNSUPPORTED_FORMAT, PASSWORD_REQUIRED, DAMAGED, NO_TEXT_LAYER, TOO_MANY_PAGES, UNREADABLE
    }

    private final Path file;
    private final Reason reason;

    public IngestException(Path file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    public IngestException(Path file, Reason reason, String detail, Throwable cause) {
        super(file.getFileName() + ": " + detail, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
