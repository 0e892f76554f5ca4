/**
 * Trends across documents: aggregates over measures, themes over time from the documents' text, a narrative and
 * answers whose every sentence cites measures or passages, and the checker that verifies each sentence before it is shown.
 */
package no.tiltaksradar.trends;
