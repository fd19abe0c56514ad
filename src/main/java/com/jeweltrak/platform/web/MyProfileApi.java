package com.jeweltrak.platform.web;

import java.util.List;

import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.security.ApiTokens;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.security.Sessions;
import com.jeweltrak.platform.users.OwnAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** My Profile as an API: what every user may do about themselves. */
@RestController
@Tag(name = "Me")
class MyProfileApi {

    record NameRequest(@NotBlank @Size(max = 80) String firstName, @Size(max = 80) String lastName) {
    }

    record PasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmPassword) {
    }

    private final OwnAccount account;
    private final Sessions sessions;
    private final ApiTokens tokens;

    MyProfileApi(OwnAccount account, Sessions sessions, ApiTokens tokens) {
        this.account = account;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @PutMapping("/api/v1/me/name")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your display name")
    void rename(@Valid @RequestBody NameRequest request) {
        account.rename(CurrentUser.require().id(), request.firstName(), request.lastName());
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your password; every session of yours ends")
    void changePassword(@Valid @RequestBody PasswordRequest request) {
        account.changePassword(CurrentUser.require().id(), null, request.currentPassword(), request.newPassword(),
                request.confirmPassword());
    }

    @GetMapping("/api/v1/me/sessions")
    @Operation(summary = "Your open sessions")
    List<Sessions.OpenSession> sessions() {
        CurrentUser me = CurrentUser.require();
        return sessions.of(me.tenant(), me.id(), null);
    }

    @PostMapping("/api/v1/me/sessions/{sessionId}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End one of your sessions")
    void endSession(@PathVariable String sessionId) {
        CurrentUser me = CurrentUser.require();
        if (!sessions.end(me.tenant(), me.id(), sessionId)) throw new RecordNotFound("Session", sessionId);
    }

    @GetMapping("/api/v1/me/tokens")
    @Operation(summary = "Your API tokens (never the secret)")
    List<ApiTokens.Listed> tokens() {
        return tokens.of(CurrentUser.require().id());
    }

    @DeleteMapping("/api/v1/me/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your API tokens")
    void revoke(@PathVariable long tokenId) {
        if (!tokens.revoke(CurrentUser.require().id(), tokenId)) throw new RecordNotFound("Token", tokenId);
    }
}
