/** Review: reviewers' decisions on candidates (append-only), checked against the version they saw. */
package no.tiltaksradar.review;
