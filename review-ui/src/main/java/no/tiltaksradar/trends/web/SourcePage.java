package no.tiltaksradar.trends.web;

import java.util.List;

/**
 * A cited measure's page with its quote's boxes, drawn as SVG over the page image.
 *
 * @param width page width in PDF points (the SVG's user units); boxes use the same units, origin top-left
 */
record SourcePage(long candidateId, long documentId, String documentName, int page, String pageLabel, String quote, double width,
                  double height, List<Box> boxes) {

    /** One rectangle of the quote on this page. */
    record Box(double x, double y, double width, double height) {
    }
}
