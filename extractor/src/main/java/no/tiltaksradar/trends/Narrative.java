package no.tiltaksradar.trends;

import java.util.List;

/** Sentences to be checked, grouped in titled sections; {@code writer} says who wrote them (template or a model). */
public record Narrative(String writer, List<Section> sections) {
    public Narrative {
        sections = List.copyOf(sections);
    }

    /** A titled group of sentences. */
    public record Section(String title, List<Claim> claims) {
        public Section {
            claims = List.copyOf(claims);
        }
    }

    public List<Claim> claims() {
        return sections.stream().flatMap(s -> s.claims().stream()).toList();
    }
}
