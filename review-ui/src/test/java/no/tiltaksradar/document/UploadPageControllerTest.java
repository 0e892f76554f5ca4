package no.tiltaksradar.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import no.tiltaksradar.job.ProposerRegistry;
import no.tiltaksradar.propose.pattern.PatternMeasureProposer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;

/** The upload screen in a web slice: the real controller and template, a proposer registry as configured offline. */
@WebMvcTest(UploadPageController.class)
@ActiveProfiles("server")
class UploadPageControllerTest {

    @SpringBootConfiguration
    @ComponentScan("no.tiltaksradar.web")
    @Import(UploadPageController.class)
    @ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
    static class Slice {
        /** As the server registers them without an LLM: the pattern proposer, and the LLM only as unavailable. */
        @Bean
        ProposerRegistry proposers() {
            return new ProposerRegistry().register("pattern", PatternMeasureProposer::new).unavailable("llm", "no LLM is configured");
        }

        @Bean
        StorageSettings storage() {
            return new StorageSettings(Path.of("files"), DataSize.ofMegabytes(25), Path.of("cache"));
        }
    }

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void securedMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminGetsAKeyboardReachableFilePickerForManyFiles() throws Exception {
        String html = page();
        assertThat(html).contains("<input type=\"file\" id=\"file-input\" class=\"file-input\" name=\"files\" multiple",
                "<label for=\"file-input\" class=\"button primary choose\">Velg filer</label>", "id=\"drop-zone\"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theLimitIsToldAndHandedToTheScript() throws Exception {
        assertThat(page()).contains("inntil 25 MB per fil", "data-max-file-size=\"26214400\"", "data-max-file-size-text=\"25 MB\"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void onlyAvailableProposersAreOffered() throws Exception {
        String html = page();
        assertThat(html).contains("<option value=\"pattern\">Mønster (uten nett, standard)</option>");
        assertThat(html).doesNotContain("value=\"llm\"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theScriptComesFromAFileAndItsTextsFromTheBundles() throws Exception {
        String html = page();
        assertThat(html).contains("<script src=\"/upload/upload.js\" defer></script>", "\"upload.status.STORED\":\"Lagret\"",
                "\"documents.reason.DAMAGED\":\"Filen er skadet eller ufullstendig.\"");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    @WithMockUser(roles = "REVIEWER")
    void aReviewerMayNotOpenIt() throws Exception {
        mvc.perform(get("/upload")).andExpect(status().isForbidden());
    }

    private String page() throws Exception {
        return mvc.perform(get("/upload")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
