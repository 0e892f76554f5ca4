package no.tiltaksradar.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import no.tiltaksradar.web.ApiProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The runs screens in a web slice: the real controller and templates over a run service answering a fixture. */
@WebMvcTest(RunPageController.class)
@ActiveProfiles("server")
@WithMockUser(roles = "REVIEWER")
class RunPageControllerTest {

    @SpringBootConfiguration
    @ComponentScan("no.tiltaksradar.web")
    @Import(RunPageController.class)
    @ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
    static class Slice {
    }

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @MockitoBean
    RunService runs;

    @BeforeEach
    void securedMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void eachDocumentShowsItsStatusAttemptsAndCandidates() throws Exception {
        given(runs.find(4)).willReturn(running());
        String html = page("/runs/4");
        String plan = row(html, 11);
        assertThat(plan).contains("href=\"/documents/11\"", ">plan.pdf</a>", ">Ferdig</span>", "class=\"num attempts\" data-label=\"Forsøk\">2</td>",
                "class=\"num candidates\" data-label=\"Forslag\">17</td>");
        assertThat(row(html, 12)).contains(">Behandles</span>", "class=\"num candidates\" data-label=\"Forslag\">–</td>");
        assertThat(html).contains("1 av 3 ferdige, 1 feilet", "data-open=\"true\"", "<script src=\"/runs/runs.js\" defer></script>");
    }

    @Test
    void aFailedDocumentSaysWhyInPlainWordsWithTheDetailBehindIt() throws Exception {
        given(runs.find(4)).willReturn(running());
        String failed = row(page("/runs/4"), 13);
        assertThat(failed).contains(">Feilet</span>", "<span class=\"plain\">Filen er skadet eller ufullstendig.</span>",
                "<summary>Teknisk melding</summary><code>broken.pdf: damaged/truncated PDF (page 4 is missing)</code>");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminMayCancelARunThatIsStillGoing() throws Exception {
        given(runs.find(4)).willReturn(running());
        assertThat(page("/runs/4")).contains("id=\"cancel-run\">Avbryt kjøringen</button>");
    }

    @Test
    void aReviewerIsNotOfferedTheCancelButton() throws Exception {
        given(runs.find(4)).willReturn(running());
        assertThat(page("/runs/4")).doesNotContain("cancel-run");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFinishedRunIsNotPolledAndCannotBeCancelled() throws Exception {
        Run finished = new Run(5, "pattern", null, null, true, "FINISHED", "admin", Instant.now(), Instant.now(), Instant.now(),
                List.of(document(5, 11, "plan.pdf", "DONE", null, null, 3)));
        given(runs.find(5)).willReturn(finished);
        String html = page("/runs/5");
        assertThat(html).contains("data-open=\"false\"", "Kjøringen er avsluttet.", ">Ferdig</span>");
        assertThat(html).containsPattern("id=\"cancel-run\"[^>]* hidden");
    }

    @Test
    void theListShowsEachRunWithItsProgress() throws Exception {
        given(runs.recent(50)).willReturn(List.of(running()));
        String html = page("/runs");
        assertThat(html).contains("href=\"/runs/4\">Kjøring 4</a>", ">Pågår</span>", "1 av 3 ferdige, 1 feilet");
    }

    @Test
    void thePageScriptIsServedBesideTheRunPages() throws Exception {
        // /runs/{id} must not swallow /runs/runs.js, or the page never updates itself
        String script = mvc.perform(get("/runs/runs.js")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(script).contains("/api/runs/");
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        given(runs.find(99)).willThrow(ApiProblem.notFound("run", 99));
        mvc.perform(get("/runs/99")).andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The table row of one document, from its opening tag to its end. */
    private static String row(String html, long documentId) {
        int start = html.indexOf("<tr data-document=\"" + documentId + "\"");
        assertThat(start).as("row of document " + documentId).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static Run running() {
        return new Run(4, "pattern", null, null, true, "RUNNING", "admin", Instant.parse("2026-12-01T09:00:00Z"), Instant.now(), null,
                List.of(document(4, 11, "plan.pdf", "DONE", null, null, 17), document(4, 12, "strategi.pdf", "RUNNING", null, null, null),
                        document(4, 13, "broken.pdf", "FAILED", "DAMAGED", "broken.pdf: damaged/truncated PDF (page 4 is missing)", null)));
    }

    private static RunDocument document(long run, long id, String name, String status, String code, String error, Integer candidates) {
        return new RunDocument(run, id, name, status, error, code, candidates, status.equals("QUEUED") ? 0 : id == 11 ? 2 : 1,
                "test", Instant.now(), null, 0, 0, null);
    }
}
