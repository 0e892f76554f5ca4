package no.tiltaksradar.agreement;

import java.time.Instant;
import java.util.List;

/** A document given to two reviewers who decide its candidates independently. */
public record DoubleReview(long documentId, String documentName, String firstReviewer, String secondReviewer, String assignedBy,
                           Instant assignedAt) {

    public boolean assigned(String reviewer) {
        return firstReviewer.equals(reviewer) || secondReviewer.equals(reviewer);
    }

    public List<String> reviewers() {
        return List.of(firstReviewer, secondReviewer);
    }
}
