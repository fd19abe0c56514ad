package com.jeweltrak.platform.web;

import com.jeweltrak.platform.security.ApiTokens;
import com.jeweltrak.platform.security.PasswordSignIn;
import com.jeweltrak.platform.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Trades an e-mail and password for a bearer token — throttled exactly like the sign-in form. */
@RestController
@Tag(name = "Authentication")
class AuthTokensApi {

    record TokenRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password,
                        @Size(max = 80) String name) {
    }

    record TokenIssued(long id, String token, String tokenType) {
    }

    private final PasswordSignIn signIn;
    private final ApiTokens tokens;

    AuthTokensApi(PasswordSignIn signIn, ApiTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/auth/tokens")
    @Operation(summary = "Issue a bearer token for the given e-mail and password")
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        return signIn.check(request.email(), request.password(), http.getRemoteAddr())
                .<ResponseEntity<?>>map(user -> {
                    String name = request.name() == null || request.name().isBlank() ? "API token" : request.name().trim();
                    var issued = TenantContext.callAs(user.tenant(), user.user(), () -> tokens.issue(user.user(), name));
                    return ResponseEntity.status(HttpStatus.CREATED).body(new TokenIssued(issued.id(), issued.token(), "Bearer"));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .body(ApiErrors.problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                                "The e-mail or password is not right, or too many attempts were made.")));
    }
}
