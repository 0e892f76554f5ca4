package no.tiltaksradar.register;

import java.util.List;

/**
 * Where a register entry comes from, ready to draw: the quote, and its page(s) with the quote's boxes in percent of
 * the page, so the marks stay on their words at any drawn width.
 */
public record SourceView(long candidateId, long documentId, String documentName, Integer page, String pageLabel, String quote,
                  String quoteStatus, List<PageView> pages) {

    public record PageView(int number, double widthPt, double heightPt, List<Box> boxes) {
        public String aspectRatio() {
            return widthPt + " / " + heightPt;
        }
    }

    public record Box(double left, double top, double width, double height) {
        public String style() {
            return String.format(java.util.Locale.ROOT, "left:%.3f%%;top:%.3f%%;width:%.3f%%;height:%.3f%%", left, top, width, height);
        }
    }
}
