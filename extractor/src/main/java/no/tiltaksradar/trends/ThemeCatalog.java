package no.tiltaksradar.trends;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The themes trends count, read from a tab-separated list ({@code themes.tsv} beside this class by default). */
public final class ThemeCatalog {
    private static final String DEFAULT = "themes.tsv";

    private ThemeCatalog() {
    }

    public static List<Theme> defaults() {
        try (InputStream in = ThemeCatalog.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("theme list missing from the classpath: " + DEFAULT);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT, e);
        }
    }

    static List<Theme> read(BufferedReader in) throws IOException {
        List<Theme> themes = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalArgumentException("theme line needs id, label and terms separated by tabs: " + line);
            }
            themes.add(new Theme(cells[0].strip(), cells[1].strip(), Arrays.stream(cells[2].split("\\|")).map(String::strip).toList()));
        }
        return themes;
    }
}
