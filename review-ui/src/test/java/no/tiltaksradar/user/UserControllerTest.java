package no.tiltaksradar.user;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.web.SecuredWebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The users API over a mocked user table and the real password encoder: hashes only, never a password in an answer. */
@WebMvcTest(controllers = UserController.class, properties = {"spring.main.web-application-type=servlet",
        "spring.mvc.problemdetails.enabled=true"})
@ContextConfiguration(classes = {UserController.class, UserControllerTest.Encoder.class})
@SecuredWebSlice
@WithMockUser(username = "ada", roles = "ADMIN")
class UserControllerTest {
    static class Encoder {
        @org.springframework.context.annotation.Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    PasswordEncoder encoder;
    MockMvc mvc;
    @MockitoBean
    UserRepository users;
    @MockitoBean
    AuditLog audit;
    @MockitoBean
    ApiTokens tokens;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
    }

    @Test
    void aNewUserIsStoredWithAHashAndAudited() throws Exception {
        given(users.find("rita")).willReturn(Optional.empty());
        mvc.perform(post("/api/users").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"rita\",\"password\":\"a-long-secret-1\",\"role\":\"REVIEWER\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.password").doesNotExist());
        verify(users).create(eq("rita"), org.mockito.ArgumentMatchers.startsWith("{bcrypt}"), eq(Role.REVIEWER));
        verify(audit).record(eq("ada"), eq("USER_CREATED"), eq("user"), eq("rita"), any());
    }

    @Test
    void aShortPasswordOrATakenNameIsRefused() throws Exception {
        mvc.perform(post("/api/users").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"rita\",\"password\":\"short\",\"role\":\"REVIEWER\"}")).andExpect(status().isBadRequest());
        given(users.find("rita")).willReturn(Optional.of(user("rita", "x")));
        mvc.perform(post("/api/users").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"rita\",\"password\":\"a-long-secret-1\",\"role\":\"REVIEWER\"}")).andExpect(status().isConflict());
        verify(users, never()).create(anyString(), anyString(), any());
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aPasswordIsChangedOnlyWithTheCurrentOne() throws Exception {
        given(users.find("rita")).willReturn(Optional.of(user("rita", encoder.encode("the-current-one"))));
        mvc.perform(post("/api/users/me/password").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"a-wrong-guess\",\"newPassword\":\"a-new-secret-2\"}")).andExpect(status().isUnprocessableContent());
        verify(users, never()).changePassword(anyString(), anyString());
        mvc.perform(post("/api/users/me/password").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"the-current-one\",\"newPassword\":\"a-new-secret-2\"}")).andExpect(status().isOk());
        verify(users).changePassword(eq("rita"), org.mockito.ArgumentMatchers.startsWith("{bcrypt}"));
    }

    @Test
    void theListShowsNoHashes() throws Exception {
        given(users.all()).willReturn(List.of(user("rita", "{bcrypt}secret-hash")));
        mvc.perform(get("/api/users")).andExpect(status().isOk()).andExpect(jsonPath("$[0].username").value("rita"))
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
    }

    private static AppUser user(String name, String hash) {
        return new AppUser(1, name, hash, Role.REVIEWER, true, 0, null, Instant.EPOCH);
    }
}
