package no.tiltaksradar.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import no.tiltaksradar.model.TextLine;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML of a DOCX, ODT or HTML file into page text with one {@link TextLine} per
 * heading, paragraph and list item, typed the way a PDF would set them: headings larger and bold,
 * list items indented behind a marker, a gap between blocks. The layout readers that find headings
 * and list items in PDFs then read these formats the same way.
 */
final class StructuredTextHandler extends DefaultHandler {
    static final float BODY_SIZE = 11f;
    private static final float[] HEADING_SIZES = {20f, 16f, 14f, 12.5f, 12.5f, 12.5f};
    private static final float INDENT = 18f;
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd",
            "blockquote", "pre", "div", "caption");
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("^([•◆▪–\\-*·]|\\d+[.)]|[a-z]\\))\\s.*");
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style");

    private final int writeLimit;
    private final StringBuilder text = new StringBuilder();
    private final List<TextLine> lines = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private final Deque<int[]> lists = new ArrayDeque<>(); // {ordered ? 1 : 0, items so far}
    private String kind = "p";
    private boolean marked;
    private int boldDepth;
    private int boldChars;
    private int skipDepth;
    private float y;

    StructuredTextHandler(int writeLimit) {
        this.writeLimit = writeLimit;
    }

    String text() {
        return text.toString();
    }

    List<TextLine> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED.contains(name)) {
            skipDepth++;
        } else if (name.equals("ul") || name.equals("ol")) {
            endBlock();
            lists.push(new int[] {name.equals("ol") ? 1 : 0, 0});
        } else if (name.equals("li")) {
            endBlock();
            kind = "li";
            marked = false;
            if (!lists.isEmpty()) {
                lists.peek()[1]++;
            }
        } else if (BLOCKS.contains(name)) {
            // a paragraph that opens a list item is that item's text, not a block of its own
            if (!(kind.equals("li") && block.isEmpty() && name.equals("p"))) {
                endBlock();
                kind = name;
            }
        } else if (name.equals("br")) {
            String current = kind;
            endBlock();
            kind = current;
        } else if (name.equals("b") || name.equals("strong")) {
            boldDepth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED.contains(name)) {
            skipDepth--;
        } else if (name.equals("ul") || name.equals("ol")) {
            endBlock();
            lists.poll();
        } else if (BLOCKS.contains(name)) {
            endBlock();
        } else if (name.equals("b") || name.equals("strong")) {
            boldDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        block.append(ch, start, length);
        if (boldDepth > 0) {
            boldChars += (int) new String(ch, start, length).chars().filter(c -> !Character.isWhitespace(c)).count();
        }
        if (text.length() + block.length() > writeLimit) {
            throw new WriteLimitReachedException(writeLimit);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // layout whitespace between tags: blocks are separated by lines, not by this
    }

    @Override
    public void endDocument() {
        endBlock();
    }

    private void endBlock() {
        String content = PageTextBuilder.expandLigatures(block.toString().replaceAll("[\\s\\u00A0]+", " ").strip());
        int letters = (int) content.chars().filter(c -> !Character.isWhitespace(c)).count();
        boolean bold = letters > 0 && boldChars >= letters;
        block.setLength(0);
        boldChars = 0;
        if (content.isEmpty()) {
            return;
        }
        if (kind.equals("li") && !marked) {
            content = LABELLED.matcher(content).matches() ? content : marker() + " " + content;
            marked = true;
        }
        int level = kind.length() == 2 && kind.charAt(0) == 'h' ? kind.charAt(1) - '0' : 0;
        float size = level > 0 ? HEADING_SIZES[level - 1] : BODY_SIZE;
        float x = kind.equals("li") || (!lists.isEmpty() && kind.equals("p")) ? INDENT * Math.max(1, lists.size()) : 0;
        if (!text.isEmpty()) {
            text.append('\n');
        }
        y += size * 2; // a blank line's worth: every block stands alone, as paragraphs and items do in a PDF
        lines.add(new TextLine(text.length(), text.length() + content.length(), x, y, size, level > 0 || bold));
        text.append(content);
        kind = lists.isEmpty() ? "p" : kind;
    }

    /** "•" or "3." as a PDF would print it, unless the format already wrote its own label into the text. */
    private String marker() {
        int[] list = lists.peek();
        if (list == null || list[0] == 0) {
            return "•";
        }
        return list[1] + ".";
    }
}
