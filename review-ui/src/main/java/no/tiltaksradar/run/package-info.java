/** Extraction runs on the server: durable per-document jobs (db-scheduler) that hand each document to job/ and store what it gives. */
package no.tiltaksradar.run;
