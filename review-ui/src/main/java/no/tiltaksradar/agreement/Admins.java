package no.tiltaksradar.agreement;

import no.tiltaksradar.user.Role;
import org.springframework.security.core.Authentication;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, from the security context the login filters set. The admin check lives in this feature's handlers
 * because the security configuration lets every reviewer reach /api/**, yet the agreement of others and settling
 * their disagreements are an admin's.
 */
final class Admins {
    private Admins() {
    }

    /** The calling admin's username; refused for anyone else. */
    static String require() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!Role.isAdmin(user)) {
            throw ApiProblem.forbidden("only an admin sees reviewers' agreement and settles their disagreements");
        }
        return user.getName();
    }

    /** The calling user's username. */
    static String current() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            throw ApiProblem.forbidden("log in first");
        }
        return user.getName();
    }
}
