package no.tiltaksradar.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Runs PDFBox's text extraction once over a document and keeps, per page, the text with its
 * visual lines and one glyph box per character. PDFBox decides reading order and word spacing;
 * this class only records where each character came from, so offsets stay traceable to the page.
 */
final class PageTextCollector extends PDFTextStripper {

    /** One page as extracted, before boilerplate detection and labels. */
    record RawPage(String text, List<no.tiltaksradar.model.TextLine> lines,
                   List<no.tiltaksradar.model.GlyphBox> glyphs, float height) {
    }

    private final List<RawPage> pages = new ArrayList<>();
    private final PageTextBuilder builder = new PageTextBuilder();
    private final int maxPages;
    private float pageHeight;

    PageTextCollector(int maxPages) {
        this.maxPages = maxPages;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        setAddMoreFormatting(false);
    }

    List<RawPage> collect(PDDocument document) throws IOException {
        pages.clear();
        setStartPage(1);
        setEndPage(Math.min(document.getNumberOfPages(), maxPages));
        writeText(document, Writer.nullWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        builder.reset();
        pageHeight = page.getCropBox() != null ? page.getCropBox().getHeight() : page.getMediaBox().getHeight();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        builder.endLine();
        pages.add(new RawPage(builder.text(), builder.lines(), builder.glyphs(), pageHeight));
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        builder.appendWord(text, textPositions);
    }

    @Override
    protected void writeWordSeparator() {
        builder.appendSpace();
    }

    @Override
    protected void writeLineSeparator() {
        builder.endLine();
    }

    @Override
    protected void writeParagraphStart() {
        // paragraph boundaries come out as line ends; no extra characters so offsets stay 1:1 with glyphs
    }

    @Override
    protected void writeParagraphEnd() {
        builder.endLine();
    }

    @Override
    protected void writePageStart() {
        // nothing: pages are kept apart by the collector, not by separator characters
    }

    @Override
    protected void writePageEnd() {
        // see writePageStart
    }
}
