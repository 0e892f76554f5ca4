/** The append-only audit trail: every change, attributed to the user who made it. */
package no.tiltaksradar.audit;
