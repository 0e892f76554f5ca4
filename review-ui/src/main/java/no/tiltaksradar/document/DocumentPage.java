package no.tiltaksradar.document;

/**
 * One page's text as ingest read it, with its printed label where the PDF has one and its size in
 * PDF points (null for formats without pages), against which highlight boxes are laid.
 */
public record DocumentPage(int number, String label, String text, Double widthPt, Double heightPt) {
}
