package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.tiltaksradar.web.SecuredWebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Our login page and the start page in a web slice, with the real template, message bundles and our own security
 * configuration (Boot's default would answer /login with its generated page); the user tables behind it are stand-ins.
 */
@WebMvcTest({LoginController.class, RootController.class})
@ActiveProfiles("server")
@WithMockUser(username = "rita", roles = "REVIEWER")
class LoginControllerTest {
    @SpringBootConfiguration
    @ComponentScan("no.tiltaksradar.web")
    @Import({LoginController.class, RootController.class, SecurityConfiguration.class})
    @SecuredWebSlice
    static class Slice {
    }

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @org.springframework.test.context.bean.override.mockito.MockitoBean
    no.tiltaksradar.user.ApiTokens tokens;
    @org.springframework.test.context.bean.override.mockito.MockitoBean
    no.tiltaksradar.user.UserRepository users;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
    }

    @Test
    void theLoginPageSpeaksNorwegianAndOffersEnglish() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"nb\"", "Brukernavn", "Passord", "autocomplete=\"current-password\"", "href=\"?lang=en\"");
    }

    @Test
    void aFailedLoginSaysWhyWithoutSayingWhichPartWasWrong() throws Exception {
        String html = mvc.perform(get("/login").param("error", "").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Wrong user name or password", "role=\"alert\"");
    }

    @Test
    void theStartPageIsTheReviewScreen() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/review"));
    }
}
