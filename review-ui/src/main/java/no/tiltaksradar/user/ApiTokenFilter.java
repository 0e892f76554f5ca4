package no.tiltaksradar.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer trt_...} with a personal API token. A token that is
 * unknown, revoked or whose user is disabled or locked gets 401 at once, never a fallback.
 */
public class ApiTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;
    private final UserRepository users;

    public ApiTokenFilter(ApiTokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** True for a request that carries a bearer token (it then needs no CSRF token: no other site can send one). */
    public static boolean sendsToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sendsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.owner(request.getHeader("Authorization").substring(7).strip()).flatMap(users::find)
                .filter(u -> u.enabled() && !u.lockedAt(Instant.now()));
        if (user.isEmpty()) {
            response.sendError(HttpStatus.UNAUTHORIZED.value(), "unknown or revoked API token");
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(user.get().username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.get().role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
