package no.tiltaksradar.agreement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import no.tiltaksradar.review.Action;
import no.tiltaksradar.review.ReviewDecision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The agreement API in a web slice: routes, JSON shape, validation and the admin check, over a service answering a fixture. */
@WebMvcTest(AgreementController.class)
@ActiveProfiles("server") // the command line's default properties switch the web off
class AgreementControllerTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(AgreementController.class)
    static class Slice {
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AgreementService agreement;

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void anAdminReadsKappaOverallAndPerDocument() throws Exception {
        Kappa half = Kappa.of(List.of(new Kappa.Pair("ACCEPT", "ACCEPT"), new Kappa.Pair("REJECT", "REJECT"),
                new Kappa.Pair("ACCEPT", "REJECT"), new Kappa.Pair("ACCEPT", "ACCEPT")));
        Kappa none = Kappa.of(List.of());
        given(agreement.report()).willReturn(new AgreementReport(half, none, List.of(
                new DocumentAgreement(7, "plan.pdf", "anna", "bo", 5, 2, 5, 4, 4, 3, 1, half, none))));
        mvc.perform(get("/api/agreement"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptReject.value").value(0.5))
                .andExpect(jsonPath("$.acceptReject.pairs").value(4))
                .andExpect(jsonPath("$.acceptReject.strength").value("MODERATE"))
                .andExpect(jsonPath("$.kind.value").isEmpty())
                .andExpect(jsonPath("$.kind.undefinedBecause").value("NO_OVERLAP"))
                .andExpect(jsonPath("$.documents[0].documentName").value("plan.pdf"))
                .andExpect(jsonPath("$.documents[0].openDisagreements").value(1));
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aReviewerSeesNeitherAgreementNorDisagreements() throws Exception {
        mvc.perform(get("/api/agreement")).andExpect(status().isForbidden());
        mvc.perform(get("/api/agreement/disagreements")).andExpect(status().isForbidden());
        mvc.perform(post("/api/agreement/candidates/3/settlement").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"ACCEPT\"}")).andExpect(status().isForbidden());
        verifyNoInteractions(agreement);
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aReviewerReadsWhichCandidatesTheyDecidedThemselves() throws Exception {
        given(agreement.decidedBy("rita", 7L)).willReturn(List.of(31L, 33L));
        mvc.perform(get("/api/agreement/mine?document=7")).andExpect(status().isOk()).andExpect(jsonPath("$[1]").value(33));
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void assigningNeedsTwoNames() throws Exception {
        mvc.perform(put("/api/agreement/documents/7").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstReviewer\": \"anna\", \"secondReviewer\": \" \"}")).andExpect(status().isBadRequest());
        given(agreement.assign(eq(7L), any(), eq("ada"))).willReturn(new DoubleReview(7, "plan.pdf", "anna", "bo", "ada", Instant.EPOCH));
        mvc.perform(put("/api/agreement/documents/7").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstReviewer\": \"anna\", \"secondReviewer\": \"bo\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secondReviewer").value("bo"));
        verify(agreement).assign(7L, new Assignment("anna", "bo"), "ada");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void aSettlementIsAnAdminDecisionAnsweredAsCreated() throws Exception {
        given(agreement.settle(eq(3L), any(), eq("ada"))).willReturn(
                new ReviewDecision(90, 3, Action.REJECT, "ada", Instant.EPOCH, "GOAL", null, List.of(), 0, null));
        mvc.perform(post("/api/agreement/candidates/3/settlement").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"REJECT\", \"reason\": \"GOAL\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviewer").value("ada"))
                .andExpect(jsonPath("$.action").value("REJECT"));
        mvc.perform(post("/api/agreement/candidates/3/settlement").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"GOAL\"}")).andExpect(status().isBadRequest()); // no action
    }
}
