package no.tiltaksradar.run;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import no.tiltaksradar.web.SecuredWebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The runs API over a mocked run service: defaults of a new run, its location, the limits of a list. */
@WebMvcTest(controllers = RunController.class, properties = {"spring.main.web-application-type=servlet",
        "spring.mvc.problemdetails.enabled=true"})
@ContextConfiguration(classes = RunController.class)
@SecuredWebSlice
@WithMockUser(username = "ada", roles = "ADMIN")
class RunControllerTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    RunService runs;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
    }

    private static Run run(long id) {
        return new Run(id, "pattern", null, null, true, "QUEUED", "ada", Instant.EPOCH, null, null, List.of());
    }

    @Test
    void aNewRunIsThePatternProposerWithValidationUnlessSaidOtherwise() throws Exception {
        given(runs.start(List.of(4L, 5L), "pattern", true, "ada")).willReturn(run(9));
        mvc.perform(post("/api/runs").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"documentIds\":[4,5]}"))
                .andExpect(status().isAccepted()).andExpect(header().string("Location", "/api/runs/9"))
                .andExpect(jsonPath("$.status").value("QUEUED"));
    }

    @Test
    void aRunWithoutDocumentsIsRefused() throws Exception {
        mvc.perform(post("/api/runs").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"documentIds\":[]}"))
                .andExpect(status().isBadRequest());
        verify(runs, never()).start(anyList(), anyString(), anyBoolean(), anyString());
    }

    @Test
    void aListIsHeldToTwoHundredRuns() throws Exception {
        given(runs.recent(200)).willReturn(List.of(run(1)));
        mvc.perform(get("/api/runs").param("limit", "100000")).andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(1));
        verify(runs).recent(200);
    }

    @Test
    void aCancelNamesWhoCancelled() throws Exception {
        given(runs.cancel(9, "ada")).willReturn(run(9));
        mvc.perform(post("/api/runs/9/cancel").with(csrf())).andExpect(status().isOk());
        verify(runs).cancel(9, "ada");
    }
}
