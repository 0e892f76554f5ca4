package no.tiltaksradar.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a reviewer may pick from when correcting a candidate's fields: the public bodies and ministries of the
 * gazetteer and the technology and purpose tags, read from the same data files the offline proposer reads, so an edit
 * and a proposal name a body the same way.
 */
public final class Suggestions {
    private static final String DATA = "/no/tiltaksradar/propose/pattern/";
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    /** Sorted, each name once. */
    public record Lists(List<String> agencies, List<String> ministries, List<String> technology, List<String> purpose) {
    }

    private final Lists lists;

    public Suggestions() {
        List<String[]> bodies = rows("gazetteer.tsv");
        this.lists = new Lists(column(bodies, row -> row[0]), column(bodies, row -> row.length > 2 ? row[2] : ""),
                column(rows("technology.tsv"), row -> row.length > 1 ? row[1] : ""),
                column(rows("purpose.tsv"), row -> row.length > 1 ? row[1] : ""));
    }

    public Lists lists() {
        return lists;
    }

    private static List<String> column(List<String[]> rows, Function<String[], String> cell) {
        TreeSet<String> values = new TreeSet<>(java.text.Collator.getInstance(NORWEGIAN));
        for (String[] row : rows) {
            String value = cell.apply(row).strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = Suggestions.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                throw new IllegalStateException("data file " + DATA + file + " is missing from the extractor");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
