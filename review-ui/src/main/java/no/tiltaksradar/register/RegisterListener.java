package no.tiltaksradar.register;

import java.util.Map;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.review.AcceptanceUndone;
import no.tiltaksradar.review.CandidateAccepted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts an accepted candidate into the register, in the transaction that accepted it; takes it out when the acceptance is undone. */
@Component
class RegisterListener {
    private final RegisterRepository register;
    private final AuditLog audit;

    RegisterListener(RegisterRepository register, AuditLog audit) {
        this.register = register;
        this.audit = audit;
    }

    @EventListener
    void accepted(CandidateAccepted event) {
        long id = register.insert(event.candidate().id(), event.decisionId(), event.candidate().documentId(), event.fields(),
                event.candidate().quote(), event.candidate().page());
        audit.record(event.reviewer(), "REGISTERED", "measure", id, Map.of("candidate", event.candidate().id()));
    }

    @EventListener
    void undone(AcceptanceUndone event) {
        for (long id : register.withdraw(event.candidateId(), event.acceptingDecisionId())) {
            audit.record(event.reviewer(), "UNREGISTERED", "measure", id, Map.of("candidate", event.candidateId()));
        }
    }
}
