package no.tiltaksradar.server;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Our own login page, in the user's language and the application's look; Spring Security still checks the form it posts. */
@Controller
class LoginController {
    @GetMapping("/login")
    String login() {
        return "login/login";
    }
}
