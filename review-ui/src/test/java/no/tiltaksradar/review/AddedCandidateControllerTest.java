package no.tiltaksradar.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.tiltaksradar.job.Suggestions;
import no.tiltaksradar.web.SecuredWebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Adding a missed passage, searching a document and the field suggestions, over mocked services. */
@WebMvcTest(controllers = AddedCandidateController.class, properties = {"spring.main.web-application-type=servlet",
        "spring.mvc.problemdetails.enabled=true"})
@ContextConfiguration(classes = AddedCandidateController.class)
@SecuredWebSlice
@WithMockUser(username = "rita", roles = "REVIEWER")
class AddedCandidateControllerTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    AddedCandidates added;
    @MockitoBean
    PassageSearch search;
    @MockitoBean
    Suggestions suggestions;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
    }

    @Test
    void anAddedPassageAnswersWithWhereTheNewCandidateLives() throws Exception {
        given(added.add(2L, new AddRequest(3, 10, 60, "measure", null), "rita")).willReturn(CandidateControllerTest.candidate(41, 0));
        mvc.perform(post("/api/documents/2/candidates").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"page\":3,\"start\":10,\"end\":60,\"kind\":\"measure\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("Location", "/api/candidates/41"))
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void aPassageWithoutItsPageIsRefusedBeforeAnythingIsRead() throws Exception {
        mvc.perform(post("/api/documents/2/candidates").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":10,\"end\":60,\"kind\":\"measure\"}")).andExpect(status().isBadRequest());
        verify(added, never()).add(anyLong(), any(), anyString());
    }

    @Test
    void aSearchGivesSentencesWithTheirOffsets() throws Exception {
        given(search.search(2L, "portal")).willReturn(List.of(new PassageSearch.Passage(3, "3", 10, 48, "Fylket skal etablere en felles portal.")));
        mvc.perform(get("/api/documents/2/passages").param("q", "portal")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].start").value(10)).andExpect(jsonPath("$[0].end").value(48));
    }

    @Test
    void suggestionsListBodiesMinistriesAndTags() throws Exception {
        given(suggestions.lists()).willReturn(new Suggestions.Lists(List.of("Digdir"), List.of("DFD"), List.of("KI"), List.of("Kompetanse")));
        mvc.perform(get("/api/suggestions")).andExpect(status().isOk()).andExpect(jsonPath("$.agencies[0]").value("Digdir"))
                .andExpect(jsonPath("$.technology[0]").value("KI"));
    }
}
