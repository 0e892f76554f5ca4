package no.tiltaksradar.agreement;

import no.tiltaksradar.candidate.Candidate;

/** An open candidate the two reviewers decided differently, both decisions side by side, for an admin to settle. */
public record Disagreement(Candidate candidate, IndependentDecision first, IndependentDecision second) {
}
