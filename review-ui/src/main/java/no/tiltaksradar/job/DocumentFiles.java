package no.tiltaksradar.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into the files of a batch: a named file is always taken (so a
 * mislabelled one is reported, not skipped), a folder contributes its documents in name order.
 */
public final class DocumentFiles {
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "html", "htm", "xhtml");

    private DocumentFiles() {
    }

    /** @throws IllegalArgumentException naming an argument that does not exist */
    public static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                files.addAll(documentsIn(argument));
            } else if (Files.exists(argument)) {
                files.add(argument);
            } else {
                throw new IllegalArgumentException(argument + ": no such file or folder");
            }
        }
        return files;
    }

    private static List<Path> documentsIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(DocumentFiles::looksLikeDocument).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list the folder", e);
        }
    }

    private static boolean looksLikeDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
