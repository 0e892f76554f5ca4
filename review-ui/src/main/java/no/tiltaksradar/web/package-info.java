/** What every REST controller shares: paged answers and problem details (RFC 9457) that say what to fix. */
package no.tiltaksradar.web;
