package no.tiltaksradar.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import no.tiltaksradar.web.SecuredWebSlice;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.context.WebApplicationContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The register's JSON API over the real editor; the table answers through a mocked repository. */
@WebMvcTest(controllers = RegisterController.class, properties = {"spring.main.web-application-type=servlet",
        "spring.mvc.problemdetails.enabled=true"})
@ContextConfiguration(classes = {RegisterController.class, RegisterEditor.class})
@SecuredWebSlice
@WithMockUser(username = "rita", roles = "REVIEWER")
class RegisterControllerTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    RegisterRepository register;
    @MockitoBean
    AuditLog audit;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
    }

    @Test
    void aSearchWithoutASortListsTheBestMatchesFirst() throws Exception {
        given(register.page(any(), any(), anyBoolean())).willReturn(new Paged<>(List.of(entry(1, 0)), 0, 50, 1, "relevance", null));
        mvc.perform(get("/api/register").param("q", "skyen").param("ministry", "")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Felles skyplattform"));
        ArgumentCaptor<RegisterFilter> filter = ArgumentCaptor.forClass(RegisterFilter.class);
        verify(register).page(filter.capture(), any(PageRequest.class), eq(true));
        assertThat(filter.getValue().q()).isEqualTo("skyen");
        assertThat(filter.getValue().ministry()).as("an empty form field is no filter").isNull();
    }

    @Test
    void anExplicitSortWinsOverRelevance() throws Exception {
        given(register.page(any(), any(), anyBoolean())).willReturn(new Paged<>(List.of(), 0, 50, 0, "name,asc", null));
        mvc.perform(get("/api/register").param("q", "skyen").param("sort", "name,asc")).andExpect(status().isOk());
        verify(register).page(any(), any(PageRequest.class), eq(false));
    }

    @Test
    void theTreeCarriesDepthAndChildren() throws Exception {
        given(register.tree(any(), any(), anyBoolean())).willReturn(new Paged<>(
                List.of(new RegisterTreeRow(entry(1, 0), 0, 1), new RegisterTreeRow(entry(2, 0), 1, 0)), 0, 50, 1, "id,asc", null));
        mvc.perform(get("/api/register/tree")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].depth").value(1)).andExpect(jsonPath("$.items[0].children").value(1))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void anEditIsSavedOnTheVersionItNamesAndAuditedWithOldAndNewValue() throws Exception {
        given(register.find(1)).willReturn(Optional.of(entry(1, 3)), Optional.of(entry(1, 4)));
        given(register.update(eq(1L), eq(3), any(), eq("rita"))).willReturn(true);
        mvc.perform(patch("/api/register/1").with(csrf()).header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"costFrame\": \"40 mill. kr\", \"phase\": null}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"4\""));
        verify(register).update(1L, 3, Map.of("cost_frame", "40 mill. kr"), "rita");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> details = ArgumentCaptor.forClass(Map.class);
        verify(audit).record(eq("rita"), eq("REGISTER_EDITED"), eq("measure"), eq(1L), details.capture());
        Map<?, ?> change = (Map<?, ?>) ((Map<?, ?>) details.getValue().get("changes")).get("costFrame");
        assertThat(change.get("from")).isNull();
        assertThat(change.get("to")).isEqualTo("40 mill. kr");
        assertThat((Map<?, ?>) details.getValue().get("changes")).as("phase stayed empty: no change to record").hasSize(1);
    }

    @Test
    void anEditOnAnOldVersionIsRefused() throws Exception {
        given(register.find(1)).willReturn(Optional.of(entry(1, 5)));
        mvc.perform(patch("/api/register/1").with(csrf()).header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"phase\": \"Planlegging\"}")).andExpect(status().isPreconditionFailed());
        verify(register, org.mockito.Mockito.never()).update(anyLong(), anyInt(), any(), any());
    }

    @Test
    void aFieldExtractionOwnsCannotBeSetHere() throws Exception {
        given(register.find(1)).willReturn(Optional.of(entry(1, 0)));
        mvc.perform(patch("/api/register/1").with(csrf()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"quote\": \"annen tekst\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void anEditWithoutAVersionIsRefused() throws Exception {
        mvc.perform(patch("/api/register/1").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"phase\": \"x\"}"))
                .andExpect(status().isPreconditionRequired());
    }

    private static long anyLong() {
        return org.mockito.ArgumentMatchers.anyLong();
    }

    private static int anyInt() {
        return org.mockito.ArgumentMatchers.anyInt();
    }

    static RegisteredMeasure entry(long id, int version) {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        // older entries keep the record's lower-case kind
        return new RegisteredMeasure(id, "measure", id == 1 ? "Felles skyplattform" : "Pilot for sensordata", null, List.of("Kystverket"),
                "Fiskeri- og havdepartementet", List.of(), null, null, null, null, null, null, null, List.of(), List.of("sky"), null,
                List.of(), null, null, id == 1 ? null : 1L, 3, "hav.pdf", 2025, "Vi skal bygge en felles skyplattform.", 4, version, now, now,
                null);
    }
}
