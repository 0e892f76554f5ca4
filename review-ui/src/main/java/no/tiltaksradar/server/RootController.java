package no.tiltaksradar.server;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page is the review screen, where reviewers spend their day; the API description stays at /swagger-ui.html. */
@Controller
class RootController {
    @GetMapping("/")
    String root() {
        return "redirect:/review";
    }
}
