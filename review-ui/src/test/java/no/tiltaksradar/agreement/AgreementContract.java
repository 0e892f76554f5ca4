package no.tiltaksradar.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.review.Action;
import no.tiltaksradar.review.DecisionRepository;
import no.tiltaksradar.review.DecisionRequest;
import no.tiltaksradar.review.RejectReason;
import no.tiltaksradar.review.ReviewService;
import no.tiltaksradar.server.TiltaksradarServer;
import no.tiltaksradar.user.Role;
import no.tiltaksradar.user.UserRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * Two reviewers deciding one document, through the real ReviewService and database: run on H2 and on a real
 * PostgreSQL by the subclasses. Each test makes its own document, so they do not depend on each other.
 */
// a server's scheduler threads end with its class: left running in the shared test JVM they log into the command
// line tests' captured stderr after those reset the logging
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(classes = TiltaksradarServer.class, properties = {"tiltaksradar.users.admin-password=admin-secret-agreement",
    "tiltaksradar.jobs.workers=1"})
@ActiveProfiles(TiltaksradarServer.PROFILE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgreementContract {
    @Autowired
    AgreementService agreement;
    @Autowired
    ReviewService review;
    @Autowired
    DocumentRepository documents;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void users() {
        for (String name : List.of("anna", "bo", "cato")) {
            users.create(name, "{noop}unused", Role.REVIEWER);
        }
        users.create("ada", "{noop}unused", Role.ADMIN);
        users.create("alf", "{noop}unused", Role.ADMIN);
    }

    @Test
    void aFirstDecisionIsHeldApartAndTheCandidateStaysOpenForTheSecondReviewer() {
        List<Long> ids = documentFor("anna", "bo", 1);
        long id = ids.getFirst();
        var held = review.decide(id, accept(), 0, "anna");
        assertThat(held.reviewer()).isEqualTo("anna");
        Candidate now = candidates.find(id).orElseThrow();
        assertThat(now.reviewState()).isEqualTo("OPEN");
        assertThat(now.version()).isZero(); // bo decides on the same version, unaware of anna's decision
        assertThat(decisions.forCandidate(id)).isEmpty(); // nothing in the shared history a reviewer can read
        assertThat(registered(id)).isFalse();
        assertThat(agreement.decidedBy("anna", now.documentId())).containsExactly(id);
        assertThat(agreement.decidedBy("bo", now.documentId())).isEmpty();
    }

    @Test
    void twoAcceptsOfTheSameKindEnterTheRegister() {
        long id = documentFor("anna", "bo", 1).getFirst();
        review.decide(id, accept(), 0, "anna");
        var applied = review.decide(id, accept(), 0, "bo");
        assertThat(candidates.find(id).orElseThrow().reviewState()).isEqualTo("ACCEPTED");
        assertThat(decisions.forCandidate(id)).extracting(d -> d.id()).containsExactly(applied.id());
        assertThat(registered(id)).isTrue();
    }

    @Test
    void twoRejectsRejectTheCandidate() {
        long id = documentFor("anna", "bo", 1).getFirst();
        review.decide(id, reject(RejectReason.GOAL), 0, "anna");
        review.decide(id, reject(RejectReason.NOT_A_MEASURE), 0, "bo"); // the reasons may differ: the verdict is the same
        assertThat(candidates.find(id).orElseThrow().reviewState()).isEqualTo("REJECTED");
        assertThat(registered(id)).isFalse();
    }

    @Test
    void acceptsOfDifferentKindsWaitForAnAdminWhoseAcceptEntersTheRegister() {
        long id = documentFor("anna", "bo", 1).getFirst();
        review.decide(id, accept(), 0, "anna");
        review.decide(id, acceptAs("GOAL"), 0, "bo");
        assertThat(candidates.find(id).orElseThrow().reviewState()).isEqualTo("OPEN");
        assertThat(registered(id)).isFalse();
        Disagreement disagreement = only(agreement.disagreements(documentOf(id)));
        assertThat(disagreement.candidate().id()).isEqualTo(id);
        assertThat(disagreement.first().reviewer()).isEqualTo("anna");
        assertThat(disagreement.first().kind()).isEqualTo("MEASURE");
        assertThat(disagreement.second().reviewer()).isEqualTo("bo");
        assertThat(disagreement.second().kind()).isEqualTo("GOAL");

        var settled = agreement.settle(id, new Settlement(Action.ACCEPT, "GOAL", null, null, null), "ada");
        assertThat(settled.reviewer()).isEqualTo("ada");
        Candidate now = candidates.find(id).orElseThrow();
        assertThat(now.reviewState()).isEqualTo("ACCEPTED");
        assertThat(now.edits()).contains("\"kind\":\"GOAL\"");
        assertThat(registered(id)).isTrue();
        assertThat(agreement.disagreements(documentOf(id))).isEmpty();
        assertThat(auditActions(id)).contains("INDEPENDENT_ACCEPT", "AGREEMENT_SETTLED", "DECISION_ACCEPT");
    }

    @Test
    void anAcceptAgainstARejectSettledAsRejectStaysOutOfTheRegister() {
        long id = documentFor("anna", "bo", 1).getFirst();
        review.decide(id, reject(RejectReason.DUPLICATE), 0, "anna");
        review.decide(id, accept(), 0, "bo");
        assertThat(only(agreement.disagreements(null).stream().filter(d -> d.candidate().id() == id).toList()).first().action())
                .isEqualTo("REJECT");
        agreement.settle(id, new Settlement(Action.REJECT, null, RejectReason.DUPLICATE, null, 0), "ada");
        assertThat(candidates.find(id).orElseThrow().reviewState()).isEqualTo("REJECTED");
        assertThat(registered(id)).isFalse();
    }

    @Test
    void anAgreedAcceptUndoneLaterWaitsForAnAdmin() {
        long id = documentFor("anna", "bo", 1).getFirst();
        review.decide(id, accept(), 0, "anna");
        review.decide(id, accept(), 0, "bo");
        review.undo(id, 1, "bo", false);
        assertThat(candidates.find(id).orElseThrow().reviewState()).isEqualTo("OPEN");
        assertThat(registered(id)).isFalse();
        // neither may decide it again, so it joins the admin's queue with both (equal) decisions
        assertStatus(() -> review.decide(id, reject(RejectReason.GOAL), 2, "bo"), 409);
        assertThat(only(agreement.disagreements(documentOf(id))).second().action()).isEqualTo("ACCEPT");
        agreement.settle(id, new Settlement(Action.REJECT, null, RejectReason.WRONG_QUOTE, null, null), "ada");
        assertThat(candidates.find(id).orElseThrow().reviewState()).isEqualTo("REJECTED");
    }

    @Test
    void onlyTheTwoReviewersDecideAndEachOnlyOnce() {
        long id = documentFor("anna", "bo", 1).getFirst();
        assertStatus(() -> review.decide(id, accept(), 0, "cato"), 403);
        review.decide(id, accept(), 0, "anna");
        assertStatus(() -> review.decide(id, reject(RejectReason.GOAL), 0, "anna"), 409);
        assertStatus(() -> review.decide(id, new DecisionRequest(Action.EDIT, null, null, Map.of("name", "Nytt navn"), null, null, 0),
                0, "bo"), 409); // an edit would show bo's view to anna
        assertThat(candidates.find(id).orElseThrow().reviewState()).isEqualTo("OPEN");
    }

    @Test
    void anAdminWhoIsOneOfTheTwoDecidesLikeAReviewerAndCannotSettle() {
        long id = documentFor("alf", "bo", 1).getFirst();
        review.decide(id, accept(), 0, "alf");
        assertThat(candidates.find(id).orElseThrow().reviewState()).isEqualTo("OPEN");
        review.decide(id, reject(RejectReason.GOAL), 0, "bo");
        assertStatus(() -> agreement.settle(id, new Settlement(Action.ACCEPT, null, null, null, null), "alf"), 409);
        agreement.settle(id, new Settlement(Action.ACCEPT, null, null, null, null), "ada");
        assertThat(registered(id)).isTrue();
    }

    @Test
    void assigningChecksTheUsersAndReplacesTheEarlierPair() {
        long document = documentOf(documentFor("anna", "bo", 1).getFirst());
        assertStatus(() -> agreement.assign(document, new Assignment("anna", "anna"), "ada"), 400);
        assertStatus(() -> agreement.assign(document, new Assignment("anna", "nobody"), "ada"), 422);
        assertStatus(() -> agreement.assign(-1, new Assignment("anna", "bo"), "ada"), 404);
        DoubleReview again = agreement.assign(document, new Assignment("cato", "bo"), "ada");
        assertThat(again.reviewers()).containsExactly("cato", "bo");
        assertThat(agreement.assignments()).filteredOn(r -> r.documentId() == document).singleElement()
                .extracting(DoubleReview::firstReviewer).isEqualTo("cato");
    }

    @Test
    void kappaPerDocumentFromTheReviewersOwnDecisions() {
        // c1 both accept as MEASURE; c2 both reject; c3 accept vs reject; c4 accept as MEASURE vs as GOAL
        // accept/reject: first A3 R1, second A2 R2 (c4 counts as accept twice): p_o = 3/4, p_e = (3*2 + 1*2)/16 = .5, kappa = .5
        // kind, over c1 and c4: p_o = 1/2, first M2, second M1 G1: p_e = (2*1)/4 = .5, kappa = 0
        List<Long> ids = documentFor("anna", "bo", 5);
        review.decide(ids.get(0), accept(), 0, "anna");
        review.decide(ids.get(0), accept(), 0, "bo");
        review.decide(ids.get(1), reject(RejectReason.GOAL), 0, "anna");
        review.decide(ids.get(1), reject(RejectReason.GOAL), 0, "bo");
        review.decide(ids.get(2), accept(), 0, "anna");
        review.decide(ids.get(2), reject(RejectReason.NOT_A_MEASURE), 0, "bo");
        review.decide(ids.get(3), accept(), 0, "anna");
        review.decide(ids.get(3), acceptAs("GOAL"), 0, "bo");
        review.decide(ids.get(4), accept(), 0, "anna"); // bo has not come to it: not a pair
        agreement.settle(ids.get(2), new Settlement(Action.REJECT, null, RejectReason.NOT_A_MEASURE, null, null), "ada");

        AgreementReport report = agreement.report();
        DocumentAgreement document = report.documents().stream().filter(d -> d.documentId() == documentOf(ids.getFirst())).findFirst()
                .orElseThrow();
        assertThat(document.candidates()).isEqualTo(5);
        assertThat(document.open()).isEqualTo(2); // c4 (disagreement) and c5 (one decision)
        assertThat(document.decidedByFirst()).isEqualTo(5);
        assertThat(document.decidedBySecond()).isEqualTo(4);
        assertThat(document.pairs()).isEqualTo(4);
        assertThat(document.agreed()).isEqualTo(2);
        assertThat(document.openDisagreements()).isEqualTo(1); // c3 was settled, a settlement does not change the kappa
        assertThat(document.acceptReject().value()).isCloseTo(0.5, within(1e-9));
        assertThat(document.kind().pairs()).isEqualTo(2);
        assertThat(document.kind().value()).isCloseTo(0.0, within(1e-9));
        // overall pools every document's pairs
        assertThat(report.acceptReject().pairs()).isEqualTo(report.documents().stream().mapToInt(DocumentAgreement::pairs).sum());
        double alike = report.documents().stream().filter(d -> d.pairs() > 0).mapToDouble(d -> d.acceptReject().observed() * d.pairs()).sum();
        assertThat(report.acceptReject().observed()).isCloseTo(alike / report.acceptReject().pairs(), within(1e-9));
    }

    @Test
    void aDocumentNoOneHasDecidedYetHasNoKappa() {
        long document = documentOf(documentFor("anna", "bo", 2).getFirst());
        DocumentAgreement agreementOf = agreement.report().documents().stream().filter(d -> d.documentId() == document).findFirst()
                .orElseThrow();
        assertThat(agreementOf.pairs()).isZero();
        assertThat(agreementOf.acceptReject().value()).isNull();
        assertThat(agreementOf.acceptReject().undefinedBecause()).isEqualTo("NO_OVERLAP");
    }

    @Test
    void twoReviewersDecidingAtTheSameMomentStillAgree() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = documentFor("anna", "bo", 1).getFirst();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> both = new ArrayList<>();
                for (String reviewer : List.of("anna", "bo")) {
                    both.add(pool.submit(() -> {
                        start.await();
                        return review.decide(id, accept(), 0, reviewer);
                    }));
                }
                start.countDown();
                for (Future<?> decision : both) {
                    decision.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(candidates.find(id).orElseThrow().reviewState()).as("round " + round).isEqualTo("ACCEPTED");
            assertThat(registered(id)).isTrue();
        }
    }

    /** A new document given to the two reviewers, with {@code count} verified candidates. */
    private List<Long> documentFor(String first, String second, int count) {
        String sha = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        long document = documents.insert(sha, "plan-" + sha.substring(0, 6) + ".pdf", "application/pdf", 1000, "ada");
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(candidates.insert(null, document, record(sha.substring(0, 8) + "-" + i, i), null));
        }
        agreement.assign(document, new Assignment(first, second), "ada");
        return ids;
    }

    private static String record(String id, int n) {
        return """
                {"id": "%s", "kind": "measure", "name": "Felles tjeneste %d", "quote": "Etaten skal bygge felles tjeneste %d innen 2027.",
                 "page": 1, "confidence": 0.8, "proposer": "pattern/1",
                 "validation": {"status": "VERIFIED", "quote": {"status": "VERIFIED", "score": 1.0}}}
                """.formatted(id, n, n);
    }

    private static DecisionRequest accept() {
        return new DecisionRequest(Action.ACCEPT, null, null, null, null, null, 0);
    }

    private static DecisionRequest acceptAs(String kind) {
        return new DecisionRequest(Action.ACCEPT, null, null, Map.of("kind", kind), null, null, 0);
    }

    private static DecisionRequest reject(RejectReason reason) {
        return new DecisionRequest(Action.REJECT, reason, null, null, null, null, 0);
    }

    private long documentOf(long candidateId) {
        return candidates.find(candidateId).orElseThrow().documentId();
    }

    private boolean registered(long candidateId) {
        return jdbc.sql("SELECT COUNT(*) FROM register_source WHERE candidate_id = ?").param(candidateId).query(Long.class).single() > 0;
    }

    private List<String> auditActions(long candidateId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'candidate' AND entity_id = ? ORDER BY id")
                .param(String.valueOf(candidateId)).query(String.class).list();
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getStatusCode().value()).as(e.getBody().getDetail()).isEqualTo(status));
    }
}
