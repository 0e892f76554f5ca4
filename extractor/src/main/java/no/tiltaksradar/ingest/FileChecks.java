package no.tiltaksradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.tiltaksradar.ingest.IngestException.Reason;

/** Checks made on a file's bytes before any parser sees it, so errors say what the file really is. */
final class FileChecks {
    private static final int TRAILER_WINDOW = 2048;

    private FileChecks() {
    }

    static void requireNonEmpty(Path file) throws IngestException {
        try {
            if (Files.size(file) == 0) {
                throw new IngestException(file, Reason.EMPTY_FILE, "empty file");
            }
        } catch (IOException e) {
            throw new IngestException(file, Reason.UNREADABLE, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** A PDF cut short has no %%EOF near its end; PDFBox would otherwise rebuild it silently. */
    static void requireCompletePdf(Path file) throws IngestException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int window = (int) Math.min(length, TRAILER_WINDOW);
            byte[] tail = new byte[window];
            raf.seek(length - window);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new IngestException(file, Reason.DAMAGED, "damaged/truncated PDF (no %%EOF trailer: the file is cut short)");
            }
        } catch (IOException e) {
            throw new IngestException(file, Reason.UNREADABLE, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    static String sha256(Path file) throws IngestException {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new IngestException(file, Reason.UNREADABLE, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    static byte[] head(Path file, int bytes) throws IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            throw new IngestException(file, Reason.UNREADABLE, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }
}
