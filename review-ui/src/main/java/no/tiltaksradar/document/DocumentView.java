package no.tiltaksradar.document;

import java.util.List;
import java.util.Locale;

/**
 * One document as the document view shows it: every page in order, each with the candidates that
 * start on it (in reading order) and the marks of every quote that touches it.
 *
 * @param unplaced candidates without a page (a quote the validator could not place), listed after the pages
 */
public record DocumentView(StoredDocument document, List<PageView> pages, List<CandidateView> unplaced, int candidates,
                           int pagesWithoutCandidates) {

    /**
     * @param image true when the page can be drawn (a PDF page with a known size); otherwise its text is shown
     * @param candidates those whose quote starts on this page, top to bottom
     * @param marks the quote boxes on this page, of candidates starting here or on an earlier page
     */
    public record PageView(int number, String label, Double widthPt, Double heightPt, String text, boolean image,
                           List<CandidateView> candidates, List<Mark> marks) {
    }

    /**
     * @param number the candidate's place in the document's reading order, 1 up; its marks carry the same number
     * @param overallStatus the validation's verdict (VERIFIED, NEEDS_REVIEW, ...)
     * @param reviewState OPEN, ACCEPTED, REJECTED or MERGED
     */
    public record CandidateView(long id, int number, String kind, String name, String quote, Integer page, String pageLabel,
                                String section, String overallStatus, String quoteStatus, String reviewState) {

        /** The kind in lower case, as the message keys and style classes name it. */
        public String kindKey() {
            return kind == null ? "unknown" : kind.toLowerCase(Locale.ROOT);
        }

        public boolean verified() {
            return "VERIFIED".equals(overallStatus);
        }
    }

    /**
     * One quote box on a page, in percent of the page's size, so it stays on its words at whatever width the image is drawn.
     *
     * @param first true for the candidate's first box on this page: it carries the link and the number
     */
    public record Mark(long candidateId, int number, boolean verified, boolean first, String left, String top, String width,
                       String height) {

        /** The box's position as an inline style (the CSP allows style attributes; each box has its own numbers). */
        public String style() {
            return "left:" + left + "%;top:" + top + "%;width:" + width + "%;height:" + height + "%";
        }

        /**
         * Where the candidate's number stands: in the page's margin at the height of its first line, on the side
         * of the column the quote is in, so it never covers the words of the quote or of the lines around it.
         */
        public String badgeStyle() {
            return "top:" + top + "%;" + (Double.parseDouble(left) < 50 ? "left" : "right") + ":0.5%";
        }
    }
}
