package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.language.ListMarker;

/** The lines of one paragraph or list item on their way to a block. */
final class UnitBuilder {
    private final Block.Kind kind;
    private final ListMarker marker;
    private final float x;
    private final List<String> sectionPath;
    private final String context;
    private final int depth;
    private final boolean numbered;
    private final List<LayoutLine> lines = new ArrayList<>();
    private final BlockText text = new BlockText();

    UnitBuilder(Block.Kind kind, ListMarker marker, LayoutLine first, List<String> sectionPath, String context, int depth,
                boolean numbered) {
        this.kind = kind;
        this.marker = marker;
        this.x = first.x();
        this.sectionPath = sectionPath;
        this.context = context;
        this.depth = depth;
        this.numbered = numbered;
        lines.add(first);
        text.append(first, marker == null ? 0 : marker.length());
    }

    ListMarker marker() {
        return marker;
    }

    /** Left edge of the first line: where a list item's marker stands. */
    float x() {
        return x;
    }

    void add(LayoutLine line) {
        lines.add(line);
        text.append(line, 0);
    }

    Block build() {
        return new Block(kind, text.text(), text.offsets(), sectionPath, context, marker, depth, numbered, Map.of(), null, lines);
    }
}
