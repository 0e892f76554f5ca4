package no.tiltaksradar.agreement;

import jakarta.validation.constraints.NotBlank;

/** The two reviewers an admin gives a document to. */
public record Assignment(@NotBlank String firstReviewer, @NotBlank String secondReviewer) {
}
