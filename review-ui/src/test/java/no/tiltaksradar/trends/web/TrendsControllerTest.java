package no.tiltaksradar.trends.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import no.tiltaksradar.trends.Answer;
import no.tiltaksradar.trends.CheckSummary;
import no.tiltaksradar.trends.IndexPassageSearch;
import no.tiltaksradar.trends.TrendData;
import no.tiltaksradar.trends.TrendDocument;
import no.tiltaksradar.trends.TrendMeasure;
import no.tiltaksradar.trends.TrendReport;
import no.tiltaksradar.trends.TrendReporter;
import no.tiltaksradar.index.LuceneChunkIndex;
import no.tiltaksradar.server.TiltaksradarServer;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The trends page's web slice: the controller over a report the real trend code computed from a two-measure register;
 * the register access itself is replaced, and login is left to the browser test.
 */
@WebMvcTest(controllers = TrendsController.class)
@ActiveProfiles(TiltaksradarServer.PROFILE) // the server's settings: a servlet application with its message bundles
@AutoConfigureMockMvc(addFilters = false)
class TrendsControllerTest {
    private static final String SHA = "e".repeat(64);

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
    RegisterTrends trends;

    @BeforeEach
    void register() throws Exception {
        TrendMeasure one = measure("R1", "Direktoratet skal ta i bruk KI i saksbehandlingen innen 2026.", "/trends/source?candidate=11");
        TrendMeasure two = measure("R2", "Direktoratet skal utrede KI for tolking innen 2027.", "/trends/source?candidate=12");
        TrendData data = new TrendData(List.of(new TrendDocument(SHA, "plan.pdf", "Plan", "Testdepartementet", 2026, List.of())),
                List.of(one, two));
        try (LuceneChunkIndex index = LuceneChunkIndex.inMemory()) {
            TrendReport report = TrendReporter.offline(new IndexPassageSearch(index)).report(data);
            when(trends.report(any())).thenReturn(report);
        }
        when(trends.documentIds()).thenReturn(Map.of(SHA, 5L));
        when(trends.documents()).thenReturn(List.of());
        when(trends.facets()).thenReturn(new no.tiltaksradar.register.RegisterFacets(List.of("Testdepartementet"), List.of(), List.of(2026),
                List.of("KI"), List.of(), List.of(new no.tiltaksradar.register.RegisterFacets.DocumentName(5, "plan.pdf"))));
        when(trends.ask(any(), any())).thenReturn(new Answer("KI", "extractive", List.of(), List.of(), new CheckSummary(0, 0, 0)));
    }

    private static TrendMeasure measure(String id, String quote, String link) {
        return new TrendMeasure(id, "plan.pdf", SHA, "measure", quote, quote, 2, "2", null, List.of("Direktoratet"), List.of(),
                null, List.of("KI"), List.of(), true, true, link);
    }

    @Test
    void showsTheFiguresAndTheCheckedFindingsWithLinksToTheReviewScreen() throws Exception {
        mvc.perform(get("/trends")).andExpect(status().isOk()).andExpect(view().name("trends/trends"))
                .andExpect(content().string(containsString("2 tiltak gjelder teknologien «KI».")))
                .andExpect(content().string(containsString("href=\"/trends/source?candidate=11\"")))
                .andExpect(content().string(containsString("0 merket som ikke støttet")));
        verify(trends, never()).ask(any(), any());
    }

    @Test
    void asksOnlyWhenAQuestionAndDocumentsAreGiven() throws Exception {
        mvc.perform(get("/trends").param("q", "KI")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"answer\""))));
        verify(trends, never()).ask(any(), any());
        mvc.perform(get("/trends").param("q", "KI").param("doc", "5")).andExpect(status().isOk());
        verify(trends).ask(eq("KI"), eq(List.of(5L)));
    }

    @Test
    void theFiguresFollowTheFiltersAndTheDownloadsCarryThem() throws Exception {
        mvc.perform(get("/trends").param("ministry", "Testdepartementet").param("year", "2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/trends/report?format=pdf&amp;ministry=Testdepartementet&amp;year=2026")));
        org.mockito.ArgumentCaptor<no.tiltaksradar.register.RegisterFilter> filter =
                org.mockito.ArgumentCaptor.forClass(no.tiltaksradar.register.RegisterFilter.class);
        verify(trends).report(filter.capture());
        org.assertj.core.api.Assertions.assertThat(filter.getValue().ministry()).isEqualTo("Testdepartementet");
        org.assertj.core.api.Assertions.assertThat(filter.getValue().year()).isEqualTo(2026);
    }

    @Test
    void theReportDownloadsAsMarkdownAndAsPdf() throws Exception {
        mvc.perform(get("/trends/report").param("format", "md")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 tiltak gjelder teknologien «KI».")));
        byte[] pdf = mvc.perform(get("/trends/report").param("format", "pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/trends").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("sentences checked")));
    }
}
