/** Reads PDF, DOCX, ODT and HTML files into {@link no.tiltaksradar.model.SourceDocument}s with page provenance. */
package no.tiltaksradar.ingest;
