package no.tiltaksradar.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tiltaksradar.users.*}.
 *
 * @param adminUsername the first admin, created at first start when no user exists
 * @param adminPassword its password; when empty a one-time password is generated and printed once
 * @param lockAfter consecutive failed logins that lock an account
 * @param lockFor how long the lock lasts
 */
@ConfigurationProperties("tiltaksradar.users")
public record UserSettings(@DefaultValue("admin") String adminUsername, String adminPassword,
                           @DefaultValue("5") int lockAfter, @DefaultValue("PT15M") Duration lockFor) {
}
