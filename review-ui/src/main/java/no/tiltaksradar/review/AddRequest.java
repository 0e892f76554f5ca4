package no.tiltaksradar.review;

import jakarta.validation.constraints.NotNull;

/**
 * A passage a reviewer marks on a page as a measure or goal the proposers missed.
 *
 * @param start offset of the passage's first character in the page's text
 * @param end offset one past its last character
 * @param kind "measure" or "goal"
 * @param name a short name; the passage's opening words when blank
 */
public record AddRequest(@NotNull Integer page, @NotNull Integer start, @NotNull Integer end, @NotNull String kind, String name) {
}
