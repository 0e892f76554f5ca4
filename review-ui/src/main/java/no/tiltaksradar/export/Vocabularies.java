package no.tiltaksradar.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The controlled vocabularies a measure is tagged with, as the JSON-LD export's SKOS concept schemes.
 *
 * @param technology the technology tags in the vocabulary's order
 * @param purpose the purpose tags in the vocabulary's order
 */
public record Vocabularies(List<String> technology, List<String> purpose) {
    // the pattern proposer's vocabularies (term TAB tag, '#' starts a comment) are the one place the tags are defined
    private static final String DIR = "no/tiltaksradar/propose/pattern/";

    public Vocabularies {
        technology = List.copyOf(technology);
        purpose = List.copyOf(purpose);
    }

    public static Vocabularies fromClasspath() {
        return new Vocabularies(tags(DIR + "technology.tsv"), tags(DIR + "purpose.tsv"));
    }

    private static List<String> tags(String resource) {
        try (InputStream in = Vocabularies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary " + resource + " is not on the classpath");
            }
            Set<String> tags = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String[] fields = line.split("\t");
                if (!line.startsWith("#") && fields.length == 2 && !fields[1].isBlank()) {
                    tags.add(fields[1].strip());
                }
            }
            return List.copyOf(tags);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
    }
}
