package no.tiltaksradar.user;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * At first start (no user yet) creates the admin: with the configured password, or with a
 * one-time password printed once on the console and never stored in clear.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {
    private final UserRepository users;
    private final UserSettings settings;
    private final PasswordEncoder encoder;
    private final PrintStream console = System.out;

    FirstAdmin(UserRepository users, UserSettings settings, PasswordEncoder encoder) {
        this.users = users;
        this.settings = settings;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean configured = settings.adminPassword() != null && !settings.adminPassword().isBlank();
        String password = configured ? settings.adminPassword() : oneTimePassword();
        users.create(settings.adminUsername(), encoder.encode(password), Role.ADMIN);
        if (!configured) {
            console.println("First start: created user '" + settings.adminUsername() + "' (admin) with the one-time password "
                    + password + " ; it is shown only now: change it with POST /api/users/me/password");
        }
    }

    private static String oneTimePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
