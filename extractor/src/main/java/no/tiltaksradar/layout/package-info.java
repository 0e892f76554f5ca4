/** Reads ingested pages once into layout blocks (headings, paragraphs, nested list items, labelled boxes, tables) for the chunker and the proposers. */
package no.tiltaksradar.layout;
