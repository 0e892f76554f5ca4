package no.tiltaksradar.trends;

import java.util.List;

/** How many sentences were checked, kept and marked as unsupported. */
public record CheckSummary(int checked, int kept, int marked) {

    public static CheckSummary of(List<CheckedClaim> claims) {
        int kept = (int) claims.stream().filter(CheckedClaim::kept).count();
        return new CheckSummary(claims.size(), kept, claims.size() - kept);
    }
}
