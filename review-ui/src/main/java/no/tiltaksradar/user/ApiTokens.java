package no.tiltaksradar.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens for scripts and other programs: a long random secret, checked with one
 * SHA-256 instead of a password's deliberately slow bcrypt on every call.
 */
@Repository
public class ApiTokens {
    static final String PREFIX = "trt_";
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new token, in clear: the only time anyone sees it */
    public String create(String username, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO api_token (username, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(username, name, hash(token), Timestamp.from(Instant.now())).update();
        return token;
    }

    /** The user a live token belongs to; marks it used. */
    public Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<String> user = jdbc.sql("SELECT username FROM api_token WHERE token_hash = ? AND revoked_at IS NULL").param(hash)
                .query(String.class).optional();
        user.ifPresent(u -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(Instant.now()), hash).update());
        return user;
    }

    public List<ApiToken> of(String username) {
        return jdbc.sql("SELECT * FROM api_token WHERE username = ? ORDER BY id").param(username)
                .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")))).list();
    }

    /** @return false when the user has no such live token */
    public boolean revoke(String username, long id) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND username = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now()), id, username).update() == 1;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
