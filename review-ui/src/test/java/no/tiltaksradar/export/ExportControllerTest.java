package no.tiltaksradar.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateFilter;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.register.RegisterFilter;
import no.tiltaksradar.register.RegisterRepository;
import no.tiltaksradar.register.RegisteredMeasure;
import no.tiltaksradar.run.Run;
import no.tiltaksradar.run.RunRepository;
import no.tiltaksradar.web.Paged;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import no.tiltaksradar.web.SecuredWebSlice;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.context.WebApplicationContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The export endpoints over the real exporters; the repositories answer with a fixed register. */
// application.properties sets up the command line (no web server); the slice is a web application
@WebMvcTest(controllers = ExportController.class, properties = {"spring.main.web-application-type=servlet",
        "spring.messages.basename=i18n/export", "spring.messages.fallback-to-system-locale=false",
        "spring.mvc.problemdetails.enabled=true"})
@ContextConfiguration(classes = {ExportController.class, CsvExporter.class, XlsxExporter.class, JsonExporter.class, JsonLdExporter.class})
@SecuredWebSlice
@WithMockUser(roles = "REVIEWER")
class ExportControllerTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    RegisterRepository register;
    @MockitoBean
    CandidateRepository candidates;
    @MockitoBean
    DocumentRepository documents;
    @MockitoBean
    RunRepository runs;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
    }

    @Test
    void theRegisterComesAsCsvWithTheFiltersItWasAskedWith() throws Exception {
        given(register.all(any(), any())).willReturn(List.of(measure()));
        byte[] body = mvc.perform(get("/api/export/register").header("Accept-Language", "nb").param("format", "csv").param("ministry", "Kulturdepartementet")
                        .param("q", "arkiv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"tiltaksradar-register-\\d{4}-\\d\\d-\\d\\d\\.csv\"")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF# Tiltaksradar-eksport: register").contains("q=arkiv; ministry=Kulturdepartementet")
                .contains("Ansvarlig departement").contains("Digitalt arkiv for kulturarven");
        ArgumentCaptor<RegisterFilter> filter = ArgumentCaptor.forClass(RegisterFilter.class);
        org.mockito.Mockito.verify(register).all(filter.capture(), any());
        assertThat(filter.getValue().ministry()).isEqualTo("Kulturdepartementet");
        assertThat(filter.getValue().q()).isEqualTo("arkiv");
    }

    @Test
    void theRegisterComesAsAWorkbook() throws Exception {
        given(register.all(any(), any())).willReturn(List.of(measure()));
        byte[] body = mvc.perform(get("/api/export/register").header("Accept-Language", "nb").param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Tiltak");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("Digitalt arkiv for kulturarven");
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(1).getStringCellValue()).isEqualTo("ingen (alt)");
        }
    }

    @Test
    void englishReadersGetEnglishHeadings() throws Exception {
        given(register.all(any(), any())).willReturn(List.of(measure()));
        String text = mvc.perform(get("/api/export/register").param("format", "csv").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Responsible ministry", "Tiltaksradar export");
    }

    @Test
    void aRunsCandidatesComeAsJsonLdWithTheRunAmongTheFilters() throws Exception {
        given(runs.find(7)).willReturn(Optional.of(new Run(7, "pattern", null, null, true, "FINISHED", "admin", Instant.now(), null, null, List.of())));
        given(candidates.page(any(), any())).willReturn(new Paged<>(List.of(candidate()), 0, 500, 1, "id,asc", null));
        given(documents.find(3)).willReturn(Optional.empty());
        String text = mvc.perform(get("/api/export/runs/7").param("format", "jsonld").param("kind", "measure"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/ld+json"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"tr:filterName\" : \"run\"", "\"tr:filterValue\" : \"7\"", "\"tr:filterName\" : \"kind\"",
                "http://localhost/api/candidates/41", "skos:ConceptScheme", "http://localhost/vocab/technology/ki");
        ArgumentCaptor<CandidateFilter> filter = ArgumentCaptor.forClass(CandidateFilter.class);
        org.mockito.Mockito.verify(candidates).page(filter.capture(), any());
        assertThat(filter.getValue().run()).isEqualTo(7L);
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        given(runs.find(eq(99L))).willReturn(Optional.empty());
        mvc.perform(get("/api/export/runs/99").param("format", "csv")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownFormatIsRefusedWithTheFormatsThereAre() throws Exception {
        String problem = mvc.perform(get("/api/export/register").param("format", "pdf")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("csv", "xlsx", "json", "jsonld");
    }

    private static RegisteredMeasure measure() {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        return new RegisteredMeasure(5, "MEASURE", "Digitalt arkiv for kulturarven", null, List.of("Arkivverket"), "Kulturdepartementet",
                List.of(), null, null, null, null, "2027", null, null, List.of("åpenhet"), List.of("sky"), null, List.of(), null, null,
                null, 3, "kultur.pdf", 2024, "Arkivverket skal bygge et digitalt arkiv.", 9, 1, now, now, "rita");
    }

    private static Candidate candidate() {
        return new Candidate(41, 7L, 3, "kultur.pdf", "r-1", "measure", "Maskinlæring i arkivet", "Vi tar i bruk maskinlæring.", 4, "3",
                null, null, null, 0.9, "VERIFIED", "VERIFIED", "pattern/1", null, "OPEN", null, 0, Instant.now(),
                "{\"technology\":[\"KI\"],\"purpose\":[\"effektivisering\"],\"responsible\":[\"Arkivverket\"]}", "{}", null);
    }
}
