package no.tiltaksradar.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateCounts;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.web.Paged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.http.MediaType;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The document screens in a web slice: the real controller and view builder over repositories that answer
 * a small fixture, rendered by the real templates and message bundles.
 */
@WebMvcTest(DocumentPageController.class)
@ActiveProfiles("server")
@WithMockUser(roles = "REVIEWER")
class DocumentPageControllerTest {
    private static final long DOCUMENT = 7;

    /** The shared page frame (texts for scripts, language, who is logged in) plus the classes under test. */
    @SpringBootConfiguration
    @ComponentScan("no.tiltaksradar.web")
    @Import({DocumentPageController.class, DocumentViews.class})
    @ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
    static class Slice {
    }

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    /** Spring Boot's default security (login needed, CSRF), with the test's user in the security context. */
    @BeforeEach
    void securedMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @MockitoBean
    DocumentRepository documents;
    @MockitoBean
    CandidateRepository candidates;
    @MockitoBean
    CandidateCounts counts;

    @Test
    void candidatesStandBesideTheirPagesInReadingOrder() throws Exception {
        ingested(List.of(candidate(31, 2, 900, "Tredje tiltak"), candidate(32, 1, 40, "Første tiltak"),
                candidate(33, 2, 120, "Andre tiltak")));
        String html = page("/documents/" + DOCUMENT);
        int first = html.indexOf("Første tiltak");
        int second = html.indexOf("Andre tiltak");
        int third = html.indexOf("Tredje tiltak");
        assertThat(first).isPositive().isLessThan(second);
        assertThat(second).isLessThan(third);
        // page 2's candidates come after page 2's heading, page 1's before it
        int pageTwo = html.indexOf("id=\"page-title-2\"");
        assertThat(first).isLessThan(pageTwo);
        assertThat(second).isGreaterThan(pageTwo);
    }

    @Test
    void aPageWithNothingProposedSaysSo() throws Exception {
        ingested(List.of(candidate(32, 1, 40, "Første tiltak")));
        String html = page("/documents/" + DOCUMENT);
        String pageThree = html.substring(html.indexOf("id=\"page-3\""));
        assertThat(pageThree).contains("Ingen forslag på denne siden.");
        assertThat(html).contains("3 sider · 1 forslag · 2 sider uten forslag");
    }

    @Test
    void eachCandidateOpensTheReviewScreenAndItsQuoteIsMarkedOnThePage() throws Exception {
        ingested(List.of(candidate(32, 1, 40, "Første tiltak")));
        String html = page("/documents/" + DOCUMENT);
        assertThat(html).contains("href=\"/review?document=7&amp;candidate=32\"");
        // 59.5 of 595 points from the left is 10 %, 84.2 of 842 from the top is 10 %
        assertThat(html).contains("style=\"left:10.000%;top:10.000%;width:50.000%;height:1.900%\"");
        // its number stands in the left margin (the quote is in the left half of the page) at the height of its first line
        assertThat(html).contains("class=\"mark-badge ok\" style=\"top:10.000%;left:0.5%\" aria-hidden=\"true\">1</span>");
        assertThat(html).contains("src=\"/api/documents/7/pages/1/image?dpi=110\"", "loading=\"lazy\"");
    }

    @Test
    void badgesNameKindVerdictAndReviewState() throws Exception {
        ingested(List.of(candidate(32, 1, 40, "Første tiltak")));
        String html = page("/documents/" + DOCUMENT);
        assertThat(html).contains(">Tiltak</span>", ">Verifisert</span>", ">Åpen</span>");
    }

    @Test
    void theViewSpeaksEnglishWhenAsked() throws Exception {
        ingested(List.of(candidate(32, 1, 40, "Første tiltak")));
        String html = page("/documents/" + DOCUMENT + "?lang=en");
        assertThat(html).contains("Nothing proposed on this page.", ">Measure</span>", ">Verified</span>",
                "3 pages · 1 candidate · 2 pages without candidates");
    }

    @Test
    void aDocumentThatFailedSaysWhyInPlainWords() throws Exception {
        StoredDocument failed = document("FAILED", "DAMAGED", "broken.pdf: damaged/truncated PDF (xref missing)");
        given(documents.find(DOCUMENT)).willReturn(Optional.of(failed));
        given(documents.pages(DOCUMENT)).willReturn(List.of());
        given(candidates.page(any(), any())).willReturn(new Paged<>(List.of(), 0, 500, 0, "id,asc", Map.of()));
        assertThat(page("/documents/" + DOCUMENT)).contains("Dokumentet kunne ikke leses: Filen er skadet eller ufullstendig.");
    }

    @Test
    void thePageStylesAreServedBesideTheDocumentPages() throws Exception {
        // /documents/{id} must not swallow /documents/documents.css
        String css = mvc.perform(get("/documents/documents.css")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(css).contains(".doc-page");
    }

    @Test
    void anUnknownDocumentIsNotFound() throws Exception {
        given(documents.find(99)).willReturn(Optional.empty());
        mvc.perform(get("/documents/99")).andExpect(status().isNotFound());
    }

    @Test
    void theListShowsEachDocumentWithItsCounts() throws Exception {
        given(documents.page(eq(null), any())).willReturn(new Paged<>(List.of(document("INGESTED", null, null)), 0, 500, 1,
                "uploadedAt,desc", Map.of()));
        given(counts.byDocument()).willReturn(Map.of(DOCUMENT, new CandidateCounts.Counts(14, 9)));
        String html = page("/documents");
        assertThat(html).contains("href=\"/documents/7\"", ">plan.pdf</a>", ">14</td>", ">9</td>", ">Lest</span>");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminIsOfferedTheUploadLink() throws Exception {
        given(documents.page(eq(null), any())).willReturn(new Paged<>(List.of(), 0, 500, 0, "uploadedAt,desc", Map.of()));
        given(counts.byDocument()).willReturn(Map.of());
        assertThat(page("/documents")).contains("class=\"button primary\" href=\"/upload\"", "Ingen dokumenter ennå.");
    }

    @Test
    @WithAnonymousUser
    void aVisitorWhoIsNotLoggedInSeesNothing() throws Exception {
        mvc.perform(get("/documents/" + DOCUMENT).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void ingested(List<Candidate> fixture) {
        given(documents.find(DOCUMENT)).willReturn(Optional.of(document("INGESTED", null, null)));
        given(documents.pages(DOCUMENT)).willReturn(List.of(new DocumentPage(1, null, "en", 595.0, 842.0),
                new DocumentPage(2, "1", "to", 595.0, 842.0), new DocumentPage(3, "2", "tre", 595.0, 842.0)));
        given(candidates.page(any(), any())).willReturn(new Paged<>(fixture, 0, 500, fixture.size(), "id,asc", Map.of()));
    }

    private static StoredDocument document(String status, String errorCode, String error) {
        return new StoredDocument(DOCUMENT, "a".repeat(64), "plan.pdf", "application/pdf", 1000, "En plan", "Et direktorat", 2025, 3,
                status, error, errorCode, "admin", Instant.parse("2026-11-30T10:00:00Z"));
    }

    private static Candidate candidate(long id, int page, int charStart, String name) {
        String record = "{\"charStart\":" + charStart + "}";
        String highlight = "[{\"page\":" + page + ",\"x\":59.5,\"y\":84.2,\"width\":297.5,\"height\":16.0}]";
        return new Candidate(id, 1L, DOCUMENT, "plan.pdf", "r" + id, "MEASURE", name, "Sitat " + id, page, null, "Kapittel", null,
                null, 0.8, "VERIFIED", "VERIFIED", "pattern/1", null, "OPEN", null, 0, Instant.now(), record, "{}", highlight);
    }
}
