package no.tiltaksradar.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.StoredDocument;
import no.tiltaksradar.review.Action;
import no.tiltaksradar.review.RejectReason;
import no.tiltaksradar.user.AppUser;
import no.tiltaksradar.user.Role;
import no.tiltaksradar.user.UserRepository;
import no.tiltaksradar.web.ApiProblem;
import no.tiltaksradar.web.Paged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The agreement screen in a web slice: the real controller, templates and message bundles over a service answering a fixture. */
@WebMvcTest(AgreementPageController.class)
@ActiveProfiles("server")
@WithMockUser(username = "ada", roles = "ADMIN")
class AgreementPageControllerTest {

    /** The shared page frame (texts for scripts, language, who is logged in) plus the controller under test. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan("no.tiltaksradar.web")
    @Import(AgreementPageController.class)
    static class Slice {
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AgreementService agreement;
    @MockitoBean
    DocumentRepository documents;
    @MockitoBean
    UserRepository users;

    @BeforeEach
    void fixture() {
        Kappa half = Kappa.of(List.of(new Kappa.Pair("ACCEPT", "ACCEPT"), new Kappa.Pair("REJECT", "REJECT"),
                new Kappa.Pair("ACCEPT", "REJECT"), new Kappa.Pair("ACCEPT", "ACCEPT")));
        Kappa oneCategory = Kappa.of(List.of(new Kappa.Pair("MEASURE", "MEASURE")));
        given(agreement.report()).willReturn(new AgreementReport(half, oneCategory, List.of(
                new DocumentAgreement(7, "handlingsplan.pdf", "anna", "bo", 5, 2, 5, 4, 4, 3, 1, half, oneCategory))));
        given(agreement.disagreements(null)).willReturn(List.of(new Disagreement(candidate(31, "Felles innbyggerportal"),
                decision(31, "anna", "ACCEPT", "MEASURE", null), decision(31, "bo", "REJECT", null, "DUPLICATE"))));
        given(agreement.assignments()).willReturn(List.of(new DoubleReview(7, "handlingsplan.pdf", "anna", "bo", "ada", Instant.EPOCH)));
        StoredDocument document = new StoredDocument(7, "ab", "handlingsplan.pdf", "application/pdf", 10, null, null, null, 1, "INGESTED",
                null, "ada", Instant.EPOCH);
        given(documents.page(any(), any())).willReturn(new Paged<>(List.of(document), 0, 500, 1, "fileName,asc", null));
        given(users.all()).willReturn(List.of(user("anna"), user("bo"), user("ada")));
    }

    @Test
    void anAdminSeesKappaAndBothDecisionsSideBySide() throws Exception {
        String html = page("/agreement");
        assertThat(html).contains("Enighet mellom to vurderere", "id=\"kappa-accept-reject\"", ">0,50<", "moderat enighet",
                "Like i 75 % av 4 par");
        // both chose "measure" each time: full agreement, but kappa is 0/0 and the page says so instead of a number
        assertThat(html).contains("Begge valgte det samme hver gang");
        String disagreement = html.substring(html.indexOf("id=\"disagreement-31\""));
        assertThat(disagreement).contains("Felles innbyggerportal", "anna", "Godkjent som tiltak", "bo", "Avvist: duplikat");
        assertThat(disagreement).contains("value=\"ACCEPT\"", "value=\"REJECT\"", "action=\"/agreement/settlements\"");
        assertThat(html).contains("handlingsplan.pdf (anna · bo)");
    }

    @Test
    void theScreenSpeaksEnglishWhenAsked() throws Exception {
        String html = page("/agreement?lang=en");
        assertThat(html).contains("Agreement between two reviewers", "moderate agreement", "Accepted as measure", "Rejected: duplicate");
        assertThat(html).doesNotContain("Godkjent som");
    }

    @Test
    @WithMockUser(username = "rita", roles = "REVIEWER")
    void aReviewerIsTurnedAway() throws Exception {
        mvc.perform(get("/agreement")).andExpect(status().isForbidden());
        mvc.perform(post("/agreement/settlements").with(csrf()).param("candidate", "31").param("action", "ACCEPT"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSettlementIsPassedOnAndToldAfterTheRedirect() throws Exception {
        mvc.perform(post("/agreement/settlements").with(csrf()).param("candidate", "31").param("action", "REJECT")
                        .param("reason", "DUPLICATE").param("comment", " ").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/agreement"))
                .andExpect(flash().attribute("notice", "Kandidat 31 er avvist."));
        verify(agreement).settle(31, new Settlement(Action.REJECT, null, RejectReason.DUPLICATE, null, 0), "ada");
    }

    @Test
    void aRefusedAssignmentIsToldInPlainWords() throws Exception {
        given(agreement.assign(anyLong(), any(), eq("ada"))).willThrow(ApiProblem.badRequest("the two reviewers must be two different users"));
        mvc.perform(post("/agreement/assignments").with(csrf()).param("document", "7").param("firstReviewer", "anna")
                        .param("secondReviewer", "anna"))
                .andExpect(redirectedUrl("/agreement"))
                .andExpect(flash().attribute("problem", "Ikke lagret: the two reviewers must be two different users"));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static Candidate candidate(long id, String name) {
        return new Candidate(id, 1L, 7, "handlingsplan.pdf", "r" + id, "MEASURE", name, "Fylket skal bygge en felles portal innen 2027.",
                3, "2", null, null, null, 0.8, "VERIFIED", "VERIFIED", "pattern/1", null, "OPEN", null, 0, Instant.EPOCH, null, null, null);
    }

    private static IndependentDecision decision(long candidate, String reviewer, String action, String kind, String reason) {
        return new IndependentDecision(1, candidate, 7, reviewer, action, kind, reason, null, Instant.EPOCH, 0);
    }

    private static AppUser user(String name) {
        return new AppUser(1, name, "x", Role.REVIEWER, true, 0, null, Instant.EPOCH);
    }
}
