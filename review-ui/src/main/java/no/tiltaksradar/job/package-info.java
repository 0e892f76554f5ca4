/** Runs the pipeline stages in order over a batch of files: the only code that knows the stage order. */
package no.tiltaksradar.job;
