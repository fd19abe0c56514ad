package com.jeweltrak.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.tenancy.TenantId;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the JSON API. A token reads {@code jt_<tenant>_<secret>}: the tenant part lets
 * the lookup run under that tenant's row-level security; only a SHA-256 of the whole token is kept.
 */
@Component
public class ApiTokens {

    private static final Pattern FORMAT = Pattern.compile("jt_(\\d{1,18})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Issued(long id, String token) {
    }

    public record Listed(long id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a token for the user of the current tenant. The plain token is shown once and never stored. */
    @Transactional
    public Issued issue(UserId user, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "jt_" + TenantContext.requireTenant().value() + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("insert into api_token (tenant_id, user_id, name, token_hash, created_at) values (?, ?, ?, ?, ?) returning id")
                .params(TenantContext.requireTenant().value(), user.value(), name, hash(token), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return new Issued(id, token);
    }

    @Transactional(readOnly = true)
    public List<Listed> of(UserId user) {
        return jdbc.sql("select id, name, created_at, last_used_at from api_token where user_id = ? and revoked_at is null order by created_at desc, id desc")
                .param(user.value())
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant).orElse(null)))
                .list();
    }

    @Transactional
    public boolean revoke(UserId user, long tokenId) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId, user.value()).update() == 1;
    }

    /** The tenant a presented token claims; the caller then resolves it as that tenant. */
    static Optional<TenantId> claimedTenant(String token) {
        Matcher m = FORMAT.matcher(token);
        if (!m.matches()) return Optional.empty();
        long tenant = Long.parseLong(m.group(1));
        return tenant > 0 ? Optional.of(new TenantId(tenant)) : Optional.empty();
    }

    /** Resolves a presented token as its claimed tenant (which must be bound); empty if unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<UserId> resolve(String token) {
        return jdbc.sql("select user_id from api_token where token_hash = ? and revoked_at is null")
                .param(hash(token)).query(Long.class).optional().map(UserId::new);
    }

    /**
     * Notes that the token was used — at most once a minute, so a busy integration does not turn
     * every call into a write. Run as the token's user, so the audit log names who it was.
     */
    @Transactional
    public void touch(String token) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update api_token set last_used_at = :now
                        where token_hash = :hash and (last_used_at is null or last_used_at < :minuteAgo)""")
                .param("now", Timestamp.from(now)).param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
                .param("hash", hash(token)).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
