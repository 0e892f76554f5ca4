package no.tiltaksradar.agreement;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Checked in this feature's handlers because the security configuration lets every reviewer reach /api/**; the
 * agreement of others and settling disagreements are an admin's.
 */
final class Admins {
    private Admins() {
    }

    static void require(HttpServletRequest request) {
        if (!request.isUserInRole("ADMIN")) {
            throw Problems.forbidden("only an admin sees reviewers' agreement and settles their disagreements");
        }
    }
}
