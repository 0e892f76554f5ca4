package no.tiltaksradar.trends;

import java.util.List;

/**
 * A claim after the checks: kept when every check passed, else marked with every reason; a marked claim is never
 * shown as fact.
 */
public record CheckedClaim(Claim claim, boolean kept, List<String> reasons) {
    public CheckedClaim {
        reasons = List.copyOf(reasons);
    }
}
