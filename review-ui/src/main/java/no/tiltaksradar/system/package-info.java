/** Wiring: builds the plain-Java pipeline stages from configuration properties. */
package no.tiltaksradar.system;
