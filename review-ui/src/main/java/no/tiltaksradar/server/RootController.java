package no.tiltaksradar.server;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Until the review screens exist, the start page is the browsable API description. */
@Controller
class RootController {
    @GetMapping("/")
    String root() {
        return "redirect:/swagger-ui.html";
    }
}
