package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;

/** The headings above the current position, outermost first; a heading closes those at its level and below. */
final class SectionPath {
    private record Heading(int level, String title) {
    }

    private final List<Heading> open = new ArrayList<>();

    void enter(int level, String title) {
        open.removeIf(heading -> heading.level() >= level);
        open.add(new Heading(level, title));
    }

    List<String> current() {
        return open.stream().map(Heading::title).toList();
    }
}
