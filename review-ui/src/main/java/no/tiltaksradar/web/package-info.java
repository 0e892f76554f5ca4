/** What every controller shares: paged answers and problem details (RFC 9457) that say what to fix; the language of the screens and their scripts' texts. */
package no.tiltaksradar.web;
