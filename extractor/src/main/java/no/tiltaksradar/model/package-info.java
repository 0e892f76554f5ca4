/** Shared records that flow between the pipeline stages; no behaviour beyond validation of their own values. */
package no.tiltaksradar.model;
