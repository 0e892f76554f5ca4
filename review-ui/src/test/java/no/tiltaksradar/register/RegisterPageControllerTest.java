package no.tiltaksradar.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.web.Paged;
import no.tiltaksradar.web.SecuredWebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The register screen's pages rendered by Thymeleaf with the real templates and Bokmål texts; the table is mocked. */
@WebMvcTest(controllers = RegisterPageController.class, properties = {"spring.main.web-application-type=servlet",
        "spring.messages.basename=i18n/common,i18n/register", "spring.messages.fallback-to-system-locale=false"})
@ContextConfiguration(classes = {RegisterPageController.class, RegisterEditor.class})
@SecuredWebSlice
@WithMockUser(username = "rita", roles = "REVIEWER")
class RegisterPageControllerTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    RegisterRepository register;
    @MockitoBean
    RegisterSources sources;
    @MockitoBean
    AuditLog audit;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
        given(register.facets()).willReturn(new RegisterFacets(List.of("Fiskeri- og havdepartementet"), List.of("Kystverket"),
                List.of(2025), List.of("sky"), List.of(), List.of(new RegisterFacets.DocumentName(3, "hav.pdf"))));
    }

    @Test
    void theListShowsChildrenUnderTheirParentAndExportsWithTheSameFilters() throws Exception {
        given(register.tree(any(), any(), anyBoolean())).willReturn(new Paged<>(List.of(new RegisterTreeRow(RegisterControllerTest.entry(1, 0), 0, 1),
                new RegisterTreeRow(RegisterControllerTest.entry(2, 0), 1, 0)), 0, 25, 1, "relevance", null));
        String html = html(get("/register").param("q", "skyen").param("year", "2025"));
        assertThat(html).contains("Felles skyplattform", "Pilot for sensordata", "data-depth=\"1\"", "1 undertiltak",
                "/api/export/register?format=csv&amp;q=skyen&amp;year=2025", "/api/export/register?format=xlsx&amp;q=skyen&amp;year=2025",
                "1 treff", "value=\"skyen\"");
        assertThat(html).containsPattern("<option value=\"2025\"\\s+selected");
    }

    @Test
    void theScreensOwnStylesAreServedNotTakenForAnEntry() throws Exception {
        mvc.perform(get("/register/register.css")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/register/register.js")).andExpect(status().isOk());
    }

    @Test
    void anEnglishReaderGetsTheScreenInEnglish() throws Exception {
        given(register.tree(any(), any(), anyBoolean())).willReturn(new Paged<>(List.of(), 0, 25, 0, "id,asc", null));
        String html = mvc.perform(get("/register").header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Search the register", "The register is empty").doesNotContain("Søk i registeret", "??");
    }

    @Test
    void anEmptyRegisterSaysWhereMeasuresComeFrom() throws Exception {
        given(register.tree(any(), any(), anyBoolean())).willReturn(new Paged<>(List.of(), 0, 25, 0, "id,asc", null));
        assertThat(html(get("/register"))).contains("Registeret er tomt").doesNotContain("register-table");
    }

    @Test
    void anEntryShowsItsQuoteOnItsPageWithTheMarkWhereTheQuoteStands() throws Exception {
        given(register.find(1)).willReturn(Optional.of(RegisterControllerTest.entry(1, 2)));
        given(register.all(any(), any())).willReturn(List.of(RegisterControllerTest.entry(1, 2), RegisterControllerTest.entry(2, 0)));
        given(sources.of(1)).willReturn(Optional.of(new SourceView(41, 3, "hav.pdf", 4, "iv", "Vi skal bygge en felles skyplattform.",
                "VERIFIED", List.of(new SourceView.PageView(4, 600, 800, List.of(new SourceView.Box(10, 25, 50, 2.5)))))));
        String html = html(get("/register/1"));
        assertThat(html).contains("Vi skal bygge en felles skyplattform.", "/api/documents/3/pages/4/image?dpi=110",
                "left:10.000%;top:25.000%;width:50.000%;height:2.500%", "aspect-ratio:600.0 / 800.0",
                "/review?candidate=41&amp;document=3", "side 4 i filen (trykket side iv)", "name=\"version\" value=\"2\"",
                "Kostnadsramme", "Pilot for sensordata", "<span class=\"badge\">Tiltak</span>");
    }

    @Test
    void savingTheFormRecordsOnlyWhatChanged() throws Exception {
        given(register.find(1)).willReturn(Optional.of(RegisterControllerTest.entry(1, 2)));
        given(register.update(eq(1L), eq(2), any(), eq("rita"))).willReturn(true);
        mvc.perform(post("/register/1").with(csrf()).param("version", "2").param("name", "Felles skyplattform")
                        .param("costFrame", "12 mill. kr").param("phase", "").param("responsibleAgency", "Kystverket").param("parentId", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/register/1"));
        verify(register).update(1L, 2, Map.of("cost_frame", "12 mill. kr"), "rita");
    }

    @Test
    void aFormSavedOverSomeoneElsesChangeIsToldAndNotSaved() throws Exception {
        given(register.find(1)).willReturn(Optional.of(RegisterControllerTest.entry(1, 3)));
        given(register.all(any(), any())).willReturn(List.of());
        String html = html(post("/register/1").with(csrf()).param("version", "2").param("costFrame", "12 mill. kr"));
        assertThat(html).contains("Noen andre har endret oppføringen", "name=\"version\" value=\"3\"");
        verify(register, never()).update(any(Long.class), any(Integer.class), any(), any());
    }

    /** The page as a Norwegian reader gets it (the slice has no locale resolver of its own: the header decides). */
    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Accept-Language", "nb")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
