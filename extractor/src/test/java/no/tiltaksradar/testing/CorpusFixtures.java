package no.tiltaksradar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the project's {@code corpus/} folder from any module's working directory and reads its
 * manifest; shared with the other modules through the extractor test-jar.
 */
public final class CorpusFixtures {

    /** One manifest row: document id, title, publisher, year, page count and sha256 of the PDF. */
    public record ManifestEntry(String id, String title, String publisher, int year, int pages, String sha256) {
        public Path pdf() {
            return corpus().resolve("pdf").resolve(id + ".pdf");
        }

        public Path gold() {
            return corpus().resolve("gold").resolve(id + ".jsonl");
        }
    }

    private CorpusFixtures() {
    }

    public static Path corpus() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("corpus").resolve("manifest.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate.getParent();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no corpus/manifest.csv above " + Path.of("").toAbsolutePath());
    }

    public static Path pdf(String id) {
        return corpus().resolve("pdf").resolve(id + ".pdf");
    }

    public static Path bad(String fileName) {
        return corpus().resolve("bad").resolve(fileName);
    }

    /** The documents that have gold annotations. */
    public static List<String> goldDocuments() {
        return List.of("miljo", "ks", "digdir", "miljo-handlingsplan");
    }

    public static List<ManifestEntry> manifest() {
        try {
            List<String> lines = Files.readAllLines(corpus().resolve("manifest.csv"));
            List<ManifestEntry> entries = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    entries.add(parse(line));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest has no quoted commas except in titles, so fields are taken from both ends. */
    private static ManifestEntry parse(String line) {
        String[] f = line.split(",");
        int n = f.length;
        String title = String.join(",", java.util.Arrays.copyOfRange(f, 1, n - 5));
        return new ManifestEntry(f[0], title, f[n - 5], Integer.parseInt(f[n - 4]), Integer.parseInt(f[n - 2]), f[n - 1]);
    }
}
