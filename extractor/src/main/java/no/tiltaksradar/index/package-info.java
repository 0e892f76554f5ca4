/** Lucene index of chunks with Norwegian analysis; every query is scoped to one document. */
package no.tiltaksradar.index;
