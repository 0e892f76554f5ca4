package no.tiltaksradar.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Runs PDFBox's text extraction once over a document and keeps, per page, the text with its
 * visual lines and one glyph box per character. PDFBox decides reading order and word spacing;
 * this class only records where each character came from, so offsets stay traceable to the page.
 */
final class PageTextCollector extends PDFTextStripper {

    /** One page as extracted, before boilerplate detection and labels. */
    record RawPage(String text, List<no.tiltaksradar.model.TextLine> lines, long firstGlyph, int glyphCount, float height) {
    }

    private final List<RawPage> pages = new ArrayList<>();
    private final Map<Integer, String> damage = new TreeMap<>();
    private final PageTextBuilder builder = new PageTextBuilder();
    private final int maxPages;
    private final GlyphStore glyphs;
    private final OverprintFilter overprint = new OverprintFilter();
    private final VectorBullets bullets = new VectorBullets();
    /** Stands in for a bullet drawn before any font is set on the page: only its metrics are read. */
    private final PDFont bulletFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDRectangle cropBox = PDRectangle.LETTER;
    private int rotation;
    /** Whether each open marked-content sequence carries /ActualText, innermost first (see {@link #processTextPosition}). */
    private final Deque<Boolean> actualTexts = new ArrayDeque<>();
    private boolean inActualText;

    /** @param glyphs where each finished page's glyph boxes go, so they leave the heap page by page */
    PageTextCollector(int maxPages, GlyphStore glyphs) {
        this.maxPages = maxPages;
        this.glyphs = glyphs;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false); // the same rule, applied faster by processTextPosition below
        setAddMoreFormatting(false);
    }

    List<RawPage> collect(PDDocument document) throws IOException {
        pages.clear();
        damage.clear();
        setStartPage(1);
        setEndPage(Math.min(document.getNumberOfPages(), maxPages));
        writeText(document, Writer.nullWriter());
        return List.copyOf(pages);
    }

    /** One line per page whose content PDFBox could only partly read, in page order. */
    List<String> damage() {
        return damage.entrySet().stream().map(e -> "page " + e.getKey() + ": damaged content, its text may be incomplete ("
                + e.getValue() + ")").toList();
    }

    /** A page whose content stream breaks off keeps what was read, with a warning, and the pages after it go on. */
    @Override
    public void processPage(PDPage page) throws IOException {
        int before = pages.size();
        try {
            // x and y swap on a rotated page, so the grid covers the longer side both ways
            cropBox = page.getCropBox();
            rotation = page.getRotation();
            bullets.reset();
            float side = Math.max(cropBox.getWidth(), cropBox.getHeight());
            overprint.clear(side, side);
            super.processPage(page);
        } catch (IOException | RuntimeException e) {
            damage.putIfAbsent(before + 1, String.valueOf(e.getMessage()));
            if (pages.size() == before) {
                builder.endLine();
                addPage();
            }
        }
    }

    /** PDFBox logs and skips operators it cannot carry out (a missing image or font, operands cut off). */
    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        damage.putIfAbsent(pages.size() + 1, e.getMessage());
        super.operatorException(operator, operands, e);
    }

    /**
     * Drops a glyph painted over the same glyph, as PDFBox's own setSuppressDuplicateOverlappingText
     * does and by the same rule, only faster (see {@link OverprintFilter}). Like PDFBox, text inside
     * a marked-content sequence with /ActualText is never dropped: PDFBox replaces it as a whole.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (!inActualText && overprint.isRepeat(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
            return;
        }
        super.processTextPosition(text);
    }

    /**
     * Path operators, which text extraction does not carry out, are followed for bullets drawn as
     * shapes (see {@link VectorBullets}); each becomes a bullet character ("•", "○", ...) where it
     * stands in the content, as a printed bullet would, with the shape's box as its glyph box.
     */
    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) throws IOException {
        bullets.accept(operator.getName(), operands, getGraphicsState().getCurrentTransformationMatrix()).ifPresent(this::showBullet);
    }

    private void showBullet(VectorBullets.Box box) {
        float x = box.x() - cropBox.getLowerLeftX();
        float y = box.y() - cropBox.getLowerLeftY();
        PDFont font = getGraphicsState().getTextState().getFont();
        float fontSize = getGraphicsState().getTextState().getFontSize();
        int fontSizeInPt = font == null || fontSize <= 0 ? Math.round(box.height()) : Math.round(fontSize);
        // the shape's bottom stands as the baseline and its height as the glyph's, so the box is the shape's
        Matrix textMatrix = new Matrix(box.height(), 0, 0, box.height(), x, y);
        processTextPosition(new TextPosition(rotation, cropBox.getWidth(), cropBox.getHeight(), textMatrix, x + box.width(), y,
                box.height(), box.width(), box.width(), box.symbol(), new int[] {box.symbol().charAt(0)}, font == null ? bulletFont : font,
                box.height(), fontSizeInPt));
    }

    /** Follows /ActualText as PDFBox does: each sequence sets it, or clears it when it has none. */
    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean hasActualText = PDMarkedContent.create(tag, properties).getActualText() != null;
        actualTexts.push(hasActualText);
        inActualText = hasActualText;
        super.beginMarkedContentSequence(tag, properties);
    }

    /** Closing a sequence with /ActualText ends it; closing one without leaves it as it was, as in PDFBox. */
    @Override
    public void endMarkedContentSequence() {
        Boolean closing = actualTexts.poll();
        if (Boolean.TRUE.equals(closing)) {
            inActualText = false;
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        builder.reset();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        builder.endLine();
        addPage();
    }

    private void addPage() throws IOException {
        List<no.tiltaksradar.model.GlyphBox> boxes = builder.glyphs();
        pages.add(new RawPage(builder.text(), builder.lines(), glyphs.append(boxes), boxes.size(), cropBox.getHeight()));
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
