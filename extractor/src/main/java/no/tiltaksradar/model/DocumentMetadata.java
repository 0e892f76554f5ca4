package no.tiltaksradar.model;

import java.util.List;

/**
 * What is known about a document besides its text.
 *
 * @param title from the file's metadata, else the first page's largest line; may be null
 * @param publisher author/publisher from metadata or first page; may be null
 * @param year publication year where the file or its first page says so; may be null
 * @param mediaType detected content type, e.g. {@code application/pdf}
 * @param ocr true when the text came from OCR rather than a text layer
 * @param notes facts a reviewer should know, e.g. "copying restricted by the owner password"
 */
public record DocumentMetadata(String title, String publisher, Integer year, int pageCount,
                               String mediaType, boolean ocr, List<String> notes) {
    public DocumentMetadata {
        notes = List.copyOf(notes);
    }
}
