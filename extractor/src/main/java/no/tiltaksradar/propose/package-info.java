/** Proposes candidate measures and goals, each with a verbatim quote and a page, from one document at a time. */
package no.tiltaksradar.propose;
