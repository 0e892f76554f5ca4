package no.tiltaksradar.server;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import no.tiltaksradar.user.ApiTokenFilter;
import no.tiltaksradar.user.ApiTokens;
import no.tiltaksradar.user.UserRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Who may do what. Browsers log in with a form and carry a session guarded by CSRF tokens; API
 * clients send HTTP Basic or a personal API token on every call, which no other site can forge,
 * so only those requests skip the CSRF check. An API call without credentials gets 401, never a login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    private static final RequestMatcher API_CREDENTIALS = request -> sendsBasicCredentials(request) || ApiTokenFilter.sendsToken(request);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, UserRepository users) throws Exception {
        http.addFilterBefore(new ApiTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/app/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/users/me/**").authenticated()
                        .requestMatchers("/api/users/**", "/api/audit/**").hasRole("ADMIN")
                        // a reviewer adds a missed measure to a document; uploading one stays the admin's
                        .requestMatchers(HttpMethod.POST, "/api/documents/*/candidates").hasRole("REVIEWER")
                        .requestMatchers(HttpMethod.POST, "/api/documents/**", "/api/runs/**").hasRole("ADMIN")
                        .requestMatchers("/api/**").hasRole("REVIEWER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers(API_CREDENTIALS))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                                + "base-uri 'self'; form-action 'self'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** An admin may do everything a reviewer may. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_REVIEWER");
    }

    /** bcrypt today, with the algorithm stored beside each hash so a later one can take over without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Failed and successful logins become events, which the login throttle counts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    private static boolean sendsBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
