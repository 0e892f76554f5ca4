package no.tiltaksradar.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refusal the client can act on, answered as an RFC 9457 problem detail whose text says what to fix. */
public class ApiProblem extends ErrorResponseException {

    private ApiProblem(HttpStatus status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:tiltaksradar:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", what + " not found", "no " + what + " with id " + id);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    /** Someone else changed the item since the client read it: never a silent overwrite. */
    public static ApiProblem stale(String what, Object id, int expected, int current) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Changed by someone else",
                what + " " + id + " is at version " + current + ", not " + expected
                        + ": read it again (GET) and decide on what it says now");
    }

    public static ApiProblem versionRequired(String what) {
        return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "version-required", "Version required",
                "send the " + what + "'s version as If-Match header (its ETag) or as \"version\" in the body");
    }

    public static ApiProblem unprocessable(String type, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, type, "Cannot do that", detail);
    }

    public static ApiProblem tooLarge(String detail) {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Too large", detail);
    }

    public static ApiProblem unsupported(String detail) {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-type", "Unsupported file type", detail);
    }
}
