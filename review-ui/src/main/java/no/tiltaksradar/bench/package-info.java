/** Benchmarks that print figures against a baseline run in the same process; never timed assertions. */
package no.tiltaksradar.bench;
