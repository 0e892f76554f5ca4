/**
 * Two reviewers, agreement: an admin gives a document to two reviewers who decide its candidates independently;
 * their agreement (Cohen's kappa) and a queue of disagreements for an admin to settle.
 */
package no.tiltaksradar.agreement;
