package no.tiltaksradar.user;

import org.springframework.security.core.Authentication;

/** REVIEWER reviews, edits and exports; ADMIN also manages users, uploads, runs and settings. */
public enum Role {
    REVIEWER, ADMIN;

    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    /** Whether this login holds the admin role; the one place screens and handlers ask it. */
    public static boolean isAdmin(Authentication login) {
        return login != null && login.getAuthorities().stream().anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
    }
}
