package no.tiltaksradar.user;

import java.time.Instant;

/** A personal API token as listed: never the token itself, which is shown once when made. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
