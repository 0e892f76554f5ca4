package no.tiltaksradar.document;

/** One page's text as ingest read it, with its printed label where the PDF has one. */
public record DocumentPage(int number, String label, String text) {
}
