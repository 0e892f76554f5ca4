package no.tiltaksradar.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** Users: admins list and create them; everyone may change their own password. */
@RestController
@Tag(name = "Users", description = "Users, roles, passwords and personal API tokens")
@RequestMapping("/api/users")
class UserController {
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ApiTokens tokens;

    UserController(UserRepository users, PasswordEncoder encoder, AuditLog audit, ApiTokens tokens) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.tokens = tokens;
    }

    record NewToken(@NotBlank @Size(max = 100) String name) {
    }

    /** @param token shown only in this answer; send it as {@code Authorization: Bearer <token>} */
    record CreatedToken(String name, String token) {
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken createToken(@Valid @RequestBody NewToken request, Principal me) {
        String token = tokens.create(me.getName(), request.name());
        audit.record(me.getName(), "TOKEN_CREATED", "user", me.getName(), Map.of("name", request.name()));
        return new CreatedToken(request.name(), token);
    }

    @GetMapping("/me/tokens")
    List<ApiToken> myTokens(Principal me) {
        return tokens.of(me.getName());
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable long id, Principal me) {
        if (!tokens.revoke(me.getName(), id)) {
            throw ApiProblem.notFound("live token of " + me.getName(), id);
        }
        audit.record(me.getName(), "TOKEN_REVOKED", "user", me.getName(), Map.of("token", id));
    }

    record UserView(String username, Role role, boolean enabled, boolean locked) {
    }

    record NewUser(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{2,100}") String username,
                   @NotBlank @Size(min = 10, max = 200) String password, @NotNull Role role) {
    }

    record NewPassword(@NotBlank String currentPassword, @NotBlank @Size(min = 10, max = 200) String newPassword) {
    }

    @GetMapping
    List<UserView> list() {
        return users.all().stream().map(u -> new UserView(u.username(), u.role(), u.enabled(), u.lockedAt(java.time.Instant.now()))).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody NewUser user, Principal admin) {
        if (users.find(user.username()).isPresent()) {
            throw ApiProblem.conflict("a user named '" + user.username() + "' exists already");
        }
        users.create(user.username(), encoder.encode(user.password()), user.role());
        audit.record(admin.getName(), "USER_CREATED", "user", user.username(), Map.of("role", user.role()));
        return new UserView(user.username(), user.role(), true, false);
    }

    @PostMapping("/{username}/disable")
    void disable(@PathVariable String username, Principal admin) {
        users.find(username).orElseThrow(() -> ApiProblem.notFound("user", username));
        users.setEnabled(username, false);
        audit.record(admin.getName(), "USER_DISABLED", "user", username, Map.of());
    }

    @PostMapping("/me/password")
    void changeOwnPassword(@Valid @RequestBody NewPassword change, Principal me) {
        AppUser user = users.find(me.getName()).orElseThrow(() -> ApiProblem.notFound("user", me.getName()));
        if (!encoder.matches(change.currentPassword(), user.passwordHash())) {
            throw ApiProblem.unprocessable("wrong-password", "the current password is not right");
        }
        users.changePassword(user.username(), encoder.encode(change.newPassword()));
        audit.record(me.getName(), "PASSWORD_CHANGED", "user", me.getName(), Map.of());
    }
}
