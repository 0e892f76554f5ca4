/** Trends and questions over files: a results file and the document files it names, read for the command line. */
package no.tiltaksradar.trends.files;
