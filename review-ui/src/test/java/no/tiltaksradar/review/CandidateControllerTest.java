package no.tiltaksradar.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import java.util.Optional;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.web.Paged;
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

/** The candidates API over a mocked repository and review service: versions, routing of undo, list shapes. */
@WebMvcTest(controllers = CandidateController.class, properties = {"spring.main.web-application-type=servlet",
        "spring.mvc.problemdetails.enabled=true"})
@ContextConfiguration(classes = CandidateController.class)
@SecuredWebSlice
@WithMockUser(username = "rita", roles = "REVIEWER")
class CandidateControllerTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    CandidateRepository candidates;
    @MockitoBean
    DecisionRepository decisions;
    @MockitoBean
    ReviewService review;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
    }

    static Candidate candidate(long id, int version) {
        return new Candidate(id, 1L, 2, "plan.pdf", "r" + id, "measure", "Etablere en felles portal", "Fylket skal etablere en felles portal.",
                3, "3", "Tiltak", null, null, 0.9, "VERIFIED", "VERIFIED", "pattern/1", null, "OPEN", null, version, Instant.EPOCH,
                "{\"quote\":\"Fylket skal etablere en felles portal.\"}", "{}", "[]");
    }

    private static ReviewDecision decision(Action action) {
        return new ReviewDecision(9, 7, action, "rita", Instant.EPOCH, null, null, List.of(), 3, null);
    }

    @Test
    void oneCandidateCarriesItsVersionAsETag() throws Exception {
        given(candidates.find(7)).willReturn(Optional.of(candidate(7, 3)));
        mvc.perform(get("/api/candidates/7")).andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.record.quote").value("Fylket skal etablere en felles portal."));
    }

    @Test
    void aListLeavesTheWholeRecordOutUnlessAsked() throws Exception {
        given(candidates.page(any(), any())).willReturn(new Paged<>(List.of(candidate(7, 0)), 0, 50, 1, "id,asc", null));
        mvc.perform(get("/api/candidates")).andExpect(status().isOk()).andExpect(jsonPath("$.items[0].record").doesNotExist());
        mvc.perform(get("/api/candidates").param("records", "true")).andExpect(jsonPath("$.items[0].record.quote").exists());
    }

    @Test
    void aDecisionWithoutTheVersionSeenIsRefusedBeforeTheServiceIsAsked() throws Exception {
        mvc.perform(post("/api/candidates/7/decisions").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"ACCEPT\"}"))
                .andExpect(status().isPreconditionRequired());
        verify(review, never()).decide(anyLong(), any(), anyInt(), anyString());
    }

    @Test
    void aDecisionNamesTheVersionItWasMadeOnAndAnswersWithTheNext() throws Exception {
        given(review.decide(eq(7L), any(), eq(3), eq("rita"))).willReturn(decision(Action.ACCEPT));
        mvc.perform(post("/api/candidates/7/decisions").with(csrf()).header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"ACCEPT\"}")).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"4\""));
    }

    @Test
    void anUndoGoesToTheUndoWithTheReviewersRole() throws Exception {
        given(review.undo(7L, 3, "rita", false)).willReturn(decision(Action.UNDO));
        mvc.perform(post("/api/candidates/7/decisions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"UNDO\",\"version\":3}")).andExpect(status().isCreated()).andExpect(jsonPath("$.action").value("UNDO"));
        verify(review).undo(7L, 3, "rita", false);
        verify(review, never()).decide(anyLong(), any(), anyInt(), anyString());
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void anAdminsUndoSaysSo() throws Exception {
        given(review.undo(7L, 3, "ada", true)).willReturn(decision(Action.UNDO));
        mvc.perform(post("/api/candidates/7/decisions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"UNDO\",\"version\":3}")).andExpect(status().isCreated());
        verify(review).undo(7L, 3, "ada", true);
    }

    @Test
    void aBrowserPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/candidates/7/decisions").contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"ACCEPT\",\"version\":3}"))
                .andExpect(status().isForbidden());
    }
}
