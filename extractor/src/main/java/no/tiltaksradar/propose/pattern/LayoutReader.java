package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.chunk.HeadingDetector;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextLine;

/** The document's lines in reading order without running headers and footers; plain-text pages get synthetic lines. */
final class LayoutReader {

    List<LayoutLine> read(SourceDocument document) {
        HeadingDetector headings = new HeadingDetector(document);
        List<LayoutLine> lines = new ArrayList<>();
        for (Page page : document.pages()) {
            if (page.lines().isEmpty()) {
                plainLines(page, lines);
                continue;
            }
            for (TextLine line : page.lines()) {
                String text = line.text(page);
                if (!page.isBoilerplate(line.start()) && !text.isBlank()) {
                    lines.add(new LayoutLine(page.number(), page.offset() + line.start(), page.offset() + line.end(), text,
                            line.x(), line.y(), line.fontSize(), headings.levelOf(page, line)));
                }
            }
        }
        return lines;
    }

    /** Without layout every paragraph is one line; a blank line is a paragraph gap, marked by a jump in y. */
    private static void plainLines(Page page, List<LayoutLine> lines) {
        int at = 0;
        float y = 0;
        for (String text : page.text().split("\n", -1)) {
            y += text.isBlank() ? 40 : 12;
            if (!text.isBlank()) {
                String stripped = text.strip();
                boolean heading = stripped.length() <= 80 && !stripped.matches(".*[.,;:!?]$") && Character.isUpperCase(stripped.codePointAt(0));
                lines.add(new LayoutLine(page.number(), page.offset() + at, page.offset() + at + text.length(), text, 0, y, 12, heading ? 1 : 0));
            }
            at += text.length() + 1;
        }
    }
}
