package no.tiltaksradar.propose.pattern;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a data file shipped beside these classes: non-blank lines that are not "#" comments. */
final class ResourceLines {
    private ResourceLines() {
    }

    static List<String> read(String name) {
        InputStream in = ResourceLines.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("data file missing from the build: " + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
