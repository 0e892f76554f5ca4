/** Uploaded documents: the file kept once on disk by its sha256, its metadata and its page text in the database. */
package no.tiltaksradar.document;
