package no.tiltaksradar.chunk;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextLine;

/**
 * Turns pages into a flat sequence of body lines and headings in document offsets, leaving out
 * running headers, footers and page numbers. A heading set over two lines becomes one heading.
 */
final class BlockReader {
    private static final int MAX_PLAIN_HEADING = 80;
    private static final float WRAPPED_LINE_SPACING = 1.3f;

    List<Block> read(SourceDocument document) {
        HeadingDetector headings = new HeadingDetector(document);
        List<Block> blocks = new ArrayList<>();
        for (Page page : document.pages()) {
            if (page.lines().isEmpty()) {
                readPlainText(page, blocks);
            } else {
                readLines(page, headings, blocks);
            }
        }
        return blocks;
    }

    private static void readLines(Page page, HeadingDetector headings, List<Block> blocks) {
        TextLine previousLine = null;
        for (TextLine line : page.lines()) {
            if (page.isBoilerplate(line.start()) || line.text(page).isBlank()) {
                continue;
            }
            int level = headings.levelOf(page, line);
            Block block = new Block(page.number(), page.offset() + line.start(), page.offset() + line.end(), line.text(page), level);
            Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            boolean wrapped = previousLine != null && wrapsOnto(previousLine, line);
            previousLine = line;
            if (level > 0 && wrapped && previous != null && previous.headingLevel() == level && previous.page() == page.number()) {
                blocks.set(blocks.size() - 1, new Block(previous.page(), previous.start(), block.end(),
                        previous.text() + " " + block.text(), level));
            } else {
                blocks.add(block);
            }
        }
    }

    /** A heading's second line follows at line spacing; the next heading sits further down. */
    private static boolean wrapsOnto(TextLine previous, TextLine line) {
        float gap = line.y() - previous.y();
        return gap > 0 && gap <= previous.fontSize() * WRAPPED_LINE_SPACING;
    }

    /** Formats without layout (DOCX, HTML): a short line standing alone between blank lines is a heading. */
    private static void readPlainText(Page page, List<Block> blocks) {
        String[] lines = page.text().split("\n", -1);
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (!text.isBlank()) {
                boolean startsParagraph = i == 0 || lines[i - 1].isBlank();
                String stripped = text.strip();
                boolean heading = startsParagraph && stripped.length() <= MAX_PLAIN_HEADING
                        && Character.isUpperCase(stripped.codePointAt(0)) && !stripped.matches(".*[.,;:!?]$");
                blocks.add(new Block(page.number(), page.offset() + at, page.offset() + at + text.length(), text, heading ? 1 : 0));
            }
            at += text.length() + 1;
        }
    }
}
