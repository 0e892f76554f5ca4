/** Cuts a document's pages into section-aware, bounded, overlapping chunks with page and character provenance. */
package no.tiltaksradar.chunk;
