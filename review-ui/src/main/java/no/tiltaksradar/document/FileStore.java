package no.tiltaksradar.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Files on disk, content-addressed: {@code <filesDir>/<sha256[0..2]>/<sha256>/<first file name>}.
 * The same content is kept once whatever it is called; the folder name is the proof of content.
 */
@Component
public class FileStore {
    private final Path root;

    public FileStore(StorageSettings settings) {
        this.root = settings.filesDir().toAbsolutePath();
    }

    /** A file received but not yet known to be wanted: its digest, size and where it waits. */
    public record Received(Path temporary, String sha256, long size) {
    }

    /**
     * Copies the stream to a temporary file beside the store, hashing it on the way. The file
     * keeps its name (in a folder of its own) so that checks and messages speak of it by name.
     */
    public Received receive(InputStream in, String fileName) throws IOException {
        Files.createDirectories(root);
        Path temporary = Files.createTempDirectory(root, "upload-").resolve(safeName(fileName));
        MessageDigest digest = sha256();
        try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
            long size = Files.copy(hashing, temporary, StandardCopyOption.REPLACE_EXISTING);
            return new Received(temporary, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(temporary.getParent());
            throw e;
        }
    }

    /** Moves a received file to its place; if the content is there already, the new copy is dropped. */
    public Path keep(Received received, String fileName) throws IOException {
        Optional<Path> existing = find(received.sha256());
        if (existing.isPresent()) {
            discard(received);
            return existing.get();
        }
        Path folder = folder(received.sha256());
        Files.createDirectories(folder);
        Path target = folder.resolve(safeName(fileName));
        Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(received.temporary().getParent());
        return target;
    }

    public void discard(Received received) {
        try {
            Files.deleteIfExists(received.temporary());
            Files.deleteIfExists(received.temporary().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kept file of this content, if any. */
    public Optional<Path> find(String sha256) throws IOException {
        Path folder = folder(sha256);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).findFirst();
        }
    }

    private Path folder(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Keeps the name readable but never a path: no separators, no leading dots, no control characters. */
    static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
        String cleaned = base.replaceAll("[\\p{Cntrl}/:*?\"<>|]", "_").replaceAll("^\\.+", "");
        return cleaned.isBlank() ? "document" : cleaned.length() > 200 ? cleaned.substring(cleaned.length() - 200) : cleaned;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
