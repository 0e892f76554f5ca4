/** Exports of the register and of a run's candidates as CSV, XLSX, JSON and JSON-LD, each saying which filters produced it. */
package no.tiltaksradar.export;
