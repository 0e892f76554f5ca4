package no.tiltaksradar.user;

import java.time.Instant;

/** A user as stored; the password only as its hash. */
public record AppUser(long id, String username, String passwordHash, Role role, boolean enabled, int failedAttempts,
                      Instant lockedUntil, Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
