package no.tiltaksradar.document;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
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

/** The documents API over mocked storage: unknown ids, page words as kept, page images' resolutions. */
@WebMvcTest(controllers = DocumentController.class, properties = {"spring.main.web-application-type=servlet",
        "spring.mvc.problemdetails.enabled=true"})
@ContextConfiguration(classes = DocumentController.class)
@SecuredWebSlice
@WithMockUser(username = "rita", roles = "REVIEWER")
class DocumentControllerTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    UploadService uploads;
    @MockitoBean
    DocumentRepository documents;
    @MockitoBean
    FileStore files;
    @MockitoBean
    PageImages images;

    private static final StoredDocument PLAN = new StoredDocument(5, "a".repeat(64), "plan.pdf", "application/pdf", 100, "Plan",
            "Testdepartementet", 2025, 3, "INGESTED", null, null, "admin", Instant.EPOCH);

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
        given(documents.find(5)).willReturn(Optional.of(PLAN));
    }

    @Test
    void anUnknownDocumentIsAProblemDetailThatNamesIt() throws Exception {
        mvc.perform(get("/api/documents/99")).andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("no document with id 99"));
    }

    @Test
    void aPagesWordsComeAsKeptForTheTextLayer() throws Exception {
        given(documents.words(5, 2)).willReturn(Optional.of("[[0,5,72.0,90.5,30.2,11.0]]"));
        mvc.perform(get("/api/documents/5/pages/2/words")).andExpect(status().isOk())
                .andExpect(content().json("[[0,5,72.0,90.5,30.2,11.0]]")).andExpect(header().exists("Cache-Control"));
        mvc.perform(get("/api/documents/5/pages/9/words")).andExpect(status().isNotFound());
    }

    @Test
    void aPageImageAtAResolutionWeDoNotDrawIsABadRequest() throws Exception {
        given(images.png(any(), anyInt(), anyInt())).willThrow(new IllegalArgumentException("dpi must be one of [72, 96, 110, 150, 200]"));
        mvc.perform(get("/api/documents/5/pages/1/image").param("dpi", "333")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("dpi must be one of [72, 96, 110, 150, 200]"));
    }

    @Test
    void theKeptFileMissingFromTheStoreIsNotFound() throws Exception {
        given(files.find(PLAN.sha256())).willReturn(Optional.empty());
        mvc.perform(get("/api/documents/5/file")).andExpect(status().isNotFound());
    }
}
