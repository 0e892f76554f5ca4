package no.tiltaksradar.audit;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
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

/** The audit trail's read API: filtered by entity, held to a thousand events per answer. */
@WebMvcTest(controllers = AuditController.class, properties = "spring.main.web-application-type=servlet")
@ContextConfiguration(classes = AuditController.class)
@SecuredWebSlice
@WithMockUser(username = "ada", roles = "ADMIN")
class AuditControllerTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @MockitoBean
    AuditLog audit;

    @BeforeEach
    void mockMvc() {
        mvc = SecuredWebSlice.Mvc.of(context);
    }

    @Test
    void eventsOfOneEntityComeBackWithWhoDidWhat() throws Exception {
        given(audit.recent("candidate", "7", 100)).willReturn(List.of(new AuditEvent(1, Instant.EPOCH, "rita", "DECISION_ACCEPT",
                "candidate", "7", "{}")));
        mvc.perform(get("/api/audit").param("entityType", "candidate").param("entityId", "7")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("rita")).andExpect(jsonPath("$[0].action").value("DECISION_ACCEPT"));
    }

    @Test
    void noAnswerHoldsMoreThanAThousandEvents() throws Exception {
        given(audit.recent(null, null, 1000)).willReturn(List.of());
        mvc.perform(get("/api/audit").param("limit", "50000")).andExpect(status().isOk());
        verify(audit).recent(null, null, 1000);
    }
}
