package no.tiltaksradar.web;

import no.tiltaksradar.user.Role;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout (templates/fragments/layout.html) needs on every HTML page: the language, the scripts'
 * texts, who is logged in and whether the admin's links show. The server still checks every admin action itself;
 * hiding a link is for the reader, not for security.
 */
@ControllerAdvice
class PageModelAdvice {
    private final ClientTexts clientTexts;

    PageModelAdvice(ClientTexts clientTexts) {
        this.clientTexts = clientTexts;
    }

    @ModelAttribute("clientTexts")
    String clientTexts(Locale locale) {
        return clientTexts.json(locale);
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return locale.getLanguage();
    }

    @ModelAttribute("userName")
    String userName(Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("admin")
    boolean admin(Authentication authentication) {
        return Role.isAdmin(authentication);
    }
}
