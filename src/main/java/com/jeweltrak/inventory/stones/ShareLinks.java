package com.jeweltrak.inventory.stones;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.jeweltrak.platform.files.FileId;
import com.jeweltrak.platform.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links to one certificate file (§Share a Certificate R1–R5): whoever holds the link may
 * fetch that file and nothing else, without signing in, until it expires. The token is
 * {@code tenant.file.expiry.signature}, the signature an HMAC-SHA256 over the first three with a server
 * secret — {@code jeweltrak.share.secret} when configured, else one made once per installation and kept in
 * the database so that every node signs and checks alike. Nothing is stored per link.
 */
@Component
public class ShareLinks {

    /** Long enough for a customer to open a link sent today, short enough that an old message stops working. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    /** A link whose signature does not match, or which is malformed: answered like a file that does not exist. */
    public static final class LinkTampered extends RuntimeException {
        LinkTampered() {
            super("This link is not valid.");
        }
    }

    public static final class LinkExpired extends RuntimeException {
        LinkExpired() {
            super("This link has expired.");
        }
    }

    public record Shared(TenantId tenant, FileId file, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String configuredSecret;
    private volatile byte[] secret;

    ShareLinks(JdbcClient jdbc, Clock clock, @Value("${jeweltrak.share.secret:}") String configuredSecret) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredSecret = configuredSecret;
    }

    public String sign(TenantId tenant, FileId file) {
        return sign(tenant, file, clock.instant().plus(VALIDITY));
    }

    String sign(TenantId tenant, FileId file, Instant expiresAt) {
        String payload = tenant.value() + "." + file.value() + "." + expiresAt.getEpochSecond();
        return payload + "." + signature(payload);
    }

    /** The tenant and file a link names; a bad signature or form is {@link LinkTampered}, an old link {@link LinkExpired}. */
    public Shared verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")
                || !parts[2].matches("\\d{1,15}")) {
            throw new LinkTampered();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        byte[] expected = signature(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII)) || Long.parseLong(parts[0]) <= 0) {
            throw new LinkTampered();
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (!clock.instant().isBefore(expiresAt)) throw new LinkExpired();
        return new Shared(new TenantId(Long.parseLong(parts[0])), new FileId(Long.parseLong(parts[1])), expiresAt);
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known != null) return known;
        synchronized (this) {
            if (secret == null) secret = load();
            return secret;
        }
    }

    /** The configured secret, else the installation's: the first node to need one makes it, the others read it. */
    private byte[] load() {
        if (configuredSecret != null && !configuredSecret.isBlank()) {
            if (configuredSecret.length() < 32) {
                throw new IllegalStateException("jeweltrak.share.secret must be at least 32 characters long");
            }
            return configuredSecret.getBytes(StandardCharsets.UTF_8);
        }
        byte[] made = new byte[32];
        new SecureRandom().nextBytes(made);
        jdbc.sql("insert into share_link_secret (id, secret) values (1, ?) on conflict (id) do nothing").param(made).update();
        return jdbc.sql("select secret from share_link_secret where id = 1").query((rs, n) -> rs.getBytes(1)).single();
    }
}
