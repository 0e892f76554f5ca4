/** The picocli commands: thin shells that parse options and call the pipeline and exports. */
package no.tiltaksradar.cli;
