package no.tiltaksradar.trends.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentPage;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.server.TiltaksradarServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import no.tiltaksradar.web.ClientTexts;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The cited measure's page: its quote's boxes of that page drawn over the page image, other pages' boxes left out. */
@WebMvcTest(controllers = SourceController.class)
@ActiveProfiles(TiltaksradarServer.PROFILE)
@AutoConfigureMockMvc(addFilters = false)
class SourceControllerTest {

    @SpringBootConfiguration
    // the slice's own filter picks the controller under test and the shared page advice out of these packages
    @ComponentScan(basePackages = {"no.tiltaksradar.trends.web", "no.tiltaksradar.web"},
            excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
    @Import(ClientTexts.class) // the layout's script texts, a plain component the slice filter leaves out
    static class Slice {
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CandidateRepository candidates;

    @MockitoBean
    DocumentRepository documents;

    @MockitoBean
    RegisterTrends trends;

    @Test
    void drawsTheQuotesBoxesOfItsPageOverThePageImage() throws Exception {
        String highlight = "[{\"page\":3,\"x\":72.5,\"y\":100.0,\"width\":200.0,\"height\":12.0},"
                + "{\"page\":4,\"x\":1.0,\"y\":1.0,\"width\":9.0,\"height\":9.0}]";
        when(candidates.find(7)).thenReturn(Optional.of(new Candidate(7, 1L, 5, "plan.pdf", "plan-3", "measure", "navn",
                "Direktoratet skal lage en plan.", 3, "2", null, null, null, 1, "VERIFIED", "VERIFIED", "pattern/1", null, "ACCEPTED", null,
                1, Instant.EPOCH, null, null, highlight)));
        when(documents.page(5, 3)).thenReturn(Optional.of(new DocumentPage(3, "2", "tekst", 595.0, 842.0)));
        mvc.perform(get("/trends/source").param("candidate", "7")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Direktoratet skal lage en plan.")))
                .andExpect(content().string(containsString("/api/documents/5/pages/3/image")))
                .andExpect(content().string(containsString("x=\"72.5\" y=\"100.0\" width=\"200.0\" height=\"12.0\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("width=\"9.0\""))))
                .andExpect(content().string(containsString("/review?candidate=7")));
    }

    @Test
    void anUnknownCandidateIsNotFound() throws Exception {
        mvc.perform(get("/trends/source").param("candidate", "99")).andExpect(status().isNotFound());
    }
}
