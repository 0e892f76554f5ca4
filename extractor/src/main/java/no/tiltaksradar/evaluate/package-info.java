/** Scores proposed measures against gold annotations exactly as corpus/ANNOTATION.md says. */
package no.tiltaksradar.evaluate;
