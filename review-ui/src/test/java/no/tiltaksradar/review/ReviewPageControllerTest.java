package no.tiltaksradar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.StoredDocument;
import no.tiltaksradar.web.Paged;
import no.tiltaksradar.web.SecuredWebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The review screen's shell in a web slice: the real template, message bundles and page frame. */
@WebMvcTest(ReviewPageController.class)
@ActiveProfiles("server")
@WithMockUser(username = "rita", roles = "REVIEWER")
class ReviewPageControllerTest {
    @SpringBootConfiguration
    @ComponentScan("no.tiltaksradar.web")
    @Import(ReviewPageController.class)
    @SecuredWebSlice
    static class Slice {
    }

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    DocumentRepository documents;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
        StoredDocument plan = new StoredDocument(5, "a".repeat(64), "plan.pdf", "application/pdf", 100, "Plan", "Testdepartementet", 2025,
                3, "INGESTED", null, null, "admin", java.time.Instant.EPOCH);
        given(documents.page(isNull(), any())).willReturn(new Paged<>(List.of(plan), 0, 50, 1, "fileName,asc", null));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theShellCarriesTheQueuesFiltersItsCsrfTokenAndTheLinkedCandidate() throws Exception {
        String html = page("/review?document=5&status=NEEDS_REVIEW&candidate=41");
        assertThat(html).contains("data-document=\"5\"", "data-status=\"NEEDS_REVIEW\"", "data-candidate=\"41\"",
                "<meta name=\"csrf-token\"", "<option value=\"5\" selected=\"selected\">plan.pdf</option>");
        assertThat(html).doesNotContain("<script>").contains("id=\"client-texts\"");
    }

    @Test
    void everyKeyIsListedInTheHelpAndEveryActionIsAButton() throws Exception {
        String html = page("/review");
        for (String id : List.of("accept", "reject", "next", "previous", "edit", "merge", "parent", "search", "undo", "add-measure", "add-goal")) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("Angre din siste avgjørelse", "Legg til markert tekst som tiltak / mål");
    }

    @Test
    void englishIsOneSwitchAway() throws Exception {
        String html = page("/review?lang=en");
        assertThat(html).contains("<html lang=\"en\"", ">Accept<", "\"review.accepted\":\"Accepted: {0}\"");
    }

    @Test
    @WithAnonymousUser
    void aVisitorWithoutLoginIsSentToLogIn() throws Exception {
        mvc.perform(get("/review").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }
}
