/** Candidates: the measure records a run proposed and validated, kept exactly as written, with their review state. */
package no.tiltaksradar.candidate;
