/**
 * The server's own wiring: the web application, security, problem details, the demo. Kept apart
 * from system/ (shared with the command line) so that a command never starts a database.
 */
package no.tiltaksradar.server;
