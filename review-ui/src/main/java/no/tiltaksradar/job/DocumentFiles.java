package no.tiltaksradar.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands command-line arguments into the files of a batch: a named file is always taken (so a
 * mislabelled one is reported, not skipped), a folder contributes its documents in name order.
 * What cannot be read (missing, unreadable, a broken link, a FIFO) becomes one problem each, with
 * the reason, and never stops the others.
 */
public final class DocumentFiles {
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "html", "htm", "xhtml");

    /** The readable files of a batch in order, and one failed outcome per argument or entry that is not. */
    public record Selection(List<Path> files, List<DocumentOutcome> problems) {
        public Selection {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        /** Files and problems together: what a summary counts as the batch. */
        public int total() {
            return files.size() + problems.size();
        }
    }

    private DocumentFiles() {
    }

    /** Every argument looked at; problems are collected, not thrown. */
    public static Selection select(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        List<DocumentOutcome> problems = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                walk(argument, files, problems);
            } else {
                String problem = problemWith(argument);
                if (problem == null) {
                    files.add(argument);
                } else {
                    problems.add(DocumentOutcome.failed(argument, "UNREADABLE", argument + ": " + problem));
                }
            }
        }
        return new Selection(files, problems);
    }

    /** @throws IllegalArgumentException naming the first argument that cannot be read */
    public static List<Path> expand(List<Path> arguments) {
        Selection selection = select(arguments);
        if (!selection.problems().isEmpty()) {
            throw new IllegalArgumentException(selection.problems().getFirst().failure());
        }
        return selection.files();
    }

    /** Null when the path is a readable regular file (or a link to one), else the reason in a few words. */
    static String problemWith(Path path) {
        if (!Files.exists(path)) {
            return Files.isSymbolicLink(path) ? "broken link (" + linkTarget(path) + ": no such file)" : "no such file or folder";
        }
        if (!Files.isRegularFile(path)) {
            return Files.isDirectory(path) ? "is a folder" : "not a regular file (a FIFO, socket or device)";
        }
        return Files.isReadable(path) ? null : "permission denied";
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "target unknown";
        }
    }

    private static void walk(Path folder, List<Path> files, List<DocumentOutcome> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (looksLikeDocument(file)) {
                        String problem = problemWith(file);
                        if (problem == null) {
                            found.add(file);
                        } else {
                            problems.add(DocumentOutcome.failed(file, "UNREADABLE", file + ": " + problem));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(DocumentOutcome.failed(file, "UNREADABLE", file + ": " + reasonOf(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(DocumentOutcome.failed(folder, "UNREADABLE", folder + ": " + reasonOf(e)));
        }
        found.sort(Comparator.naturalOrder());
        files.addAll(found);
    }

    private static String reasonOf(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof NoSuchFileException ? "no such file or folder" : "cannot be read (" + e.getMessage() + ")";
    }

    private static boolean looksLikeDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
