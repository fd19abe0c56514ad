package com.jeweltrak.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's idempotency keys (design §4). A key is claimed in a transaction of its own before the work runs — so a
 * concurrent retry finds it taken at once, waiting only for that short insert — and the first answer is kept when the
 * work succeeded. A failed attempt releases its key: nothing was done, so a retry may do it.
 */
@Component
public class IdempotencyKeys {

    /** What a claim found. */
    public sealed interface Claim permits Claimed, Replay {
    }

    /** The key is new: this request does the work, then {@link #complete} or {@link #release}. */
    public record Claimed(long id) implements Claim {
    }

    /** The key answered before: the first answer. */
    public record Replay(int status, String contentType, String body) implements Claim {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Claims the key for a request with this fingerprint; refuses (422) a key used for another request, and (409) a key
     * whose first request is still running.
     */
    public Claim claim(String key, String fingerprint) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new BusinessRuleViolated("Idempotency-Key", "An idempotency key is 1 to 200 characters.");
        }
        return ownTransaction.execute(status -> {
            Optional<Long> claimed = jdbc.sql("""
                            insert into idempotency_key (tenant_id, key, fingerprint) values (jt_current_tenant(), ?, ?)
                            on conflict (tenant_id, key) do nothing returning id""")
                    .params(key, fingerprint).query(Long.class).optional();
            if (claimed.isPresent()) return new Claimed(claimed.get());
            record Stored(String fingerprint, String status, Integer responseStatus, String type, String body) {
            }
            Stored stored = jdbc.sql("""
                            select fingerprint, status, response_status, response_type, response_body
                            from idempotency_key where key = ?""")
                    .param(key).query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                            rs.getString(4), rs.getString(5))).single();
            if (!stored.fingerprint().equals(fingerprint)) throw new IdempotencyKeyReused();
            if (!"DONE".equals(stored.status())) throw new IdempotentRequestInProgress();
            return new Replay(stored.responseStatus(), stored.type(), stored.body());
        });
    }

    /** Keeps the first answer for the retries. */
    public void complete(long id, int status, String contentType, String body) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql("""
                        update idempotency_key set status = 'DONE', response_status = ?, response_type = ?, response_body = ?
                        where id = ?""")
                .params(status, contentType, body, id).update());
    }

    /** The work failed and changed nothing: the key may be used again. */
    public void release(long id) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql("delete from idempotency_key where id = ?").param(id).update());
    }

    /** What identifies a request: its method, path and body. */
    public static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
