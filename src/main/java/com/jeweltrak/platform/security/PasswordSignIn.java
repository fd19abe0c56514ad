package com.jeweltrak.platform.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail and password, for the sign-in form and for the token endpoint alike. Every
 * refusal — unknown e-mail, wrong password, inactive account, too many attempts — is the same
 * answer, and an unknown e-mail costs as much time as a known one.
 */
@Component
public class PasswordSignIn {

    private record Login(long tenantId, long userId, String passwordHash, boolean active) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final String dummyHash;

    PasswordSignIn(JdbcClient jdbc, PasswordEncoder passwords, SignInThrottle throttle) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.throttle = throttle;
        this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
    }

    public Optional<SignedInUser> check(String email, String password, String address) {
        if (email == null || password == null || email.isBlank() || email.length() > 320 || password.length() > 1024) {
            return Optional.empty();
        }
        if (throttle.blocked(email, address)) {
            passwords.matches(password, dummyHash);
            return Optional.empty();
        }
        Optional<SignedInUser> match = Optional.empty();
        List<Login> candidates = candidates(email);
        if (candidates.isEmpty()) {
            passwords.matches(password, dummyHash);
        }
        for (Login login : candidates) {
            if (login.passwordHash() != null && passwords.matches(password, login.passwordHash()) && login.active()) {
                match = Optional.of(new SignedInUser(login.tenantId(), login.userId(), email.trim().toLowerCase()));
                break;
            }
        }
        throttle.record(email, address, match.isPresent());
        return match;
    }

    private List<Login> candidates(String email) {
        return jdbc.sql("select tenant_id, user_id, password_hash, active from jt_find_login(?)")
                .param(email.trim())
                .query((rs, n) -> new Login(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }
}
