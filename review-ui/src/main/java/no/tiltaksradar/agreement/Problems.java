package no.tiltaksradar.agreement;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refusals of this feature that web/ApiProblem has no factory for, as RFC 9457 problem details. */
final class Problems {
    private Problems() {
    }

    static ErrorResponseException forbidden(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(URI.create("urn:tiltaksradar:problem:forbidden"));
        problem.setTitle("Not yours to decide");
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
