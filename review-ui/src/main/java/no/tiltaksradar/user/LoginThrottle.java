package no.tiltaksradar.user;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for a while after repeated wrong passwords, so guessing a password takes years, not minutes. */
@Component
class LoginThrottle {
    private final UserRepository users;
    private final UserSettings settings;

    LoginThrottle(UserRepository users, UserSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(event.getAuthentication().getName(), settings.lockAfter(), Instant.now().plus(settings.lockFor()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }
}
