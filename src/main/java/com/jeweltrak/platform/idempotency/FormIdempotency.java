package com.jeweltrak.platform.idempotency;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * For page forms that move money or stock (design §4: "forms carry one in a hidden field"): the page puts
 * {@link #newKey()} into a hidden field named {@value #FIELD}; the controller runs the action through {@link #once}, which
 * does it the first time and, for a double submit or a browser retry with the same key, answers the first redirect again.
 * <pre>{@code
 * return "redirect:" + idempotency.once(form.idempotencyKey(), "finalize " + id, () -> {
 *     finalizing.finalizeInvoice(id);
 *     return "/sales/invoices/" + id;
 * });
 * }</pre>
 */
@Component
public class FormIdempotency {

    public static final String FIELD = "idempotencyKey";

    private final IdempotencyKeys keys;

    FormIdempotency(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /** A fresh key for a form being shown. */
    public String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs the action once per key and returns where to redirect; {@code what} names the action and its record (two
     * different actions with one key are refused). A blank key (an old page) runs the action without protection.
     */
    public String once(String key, String what, Supplier<String> action) {
        if (key == null || key.isBlank()) return action.get();
        String fingerprint = IdempotencyKeys.fingerprint("FORM", what, new byte[0]);
        return switch (keys.claim(key, fingerprint)) {
            case IdempotencyKeys.Replay replay -> replay.body();
            case IdempotencyKeys.Claimed claimed -> {
                String redirect;
                try {
                    redirect = action.get();
                } catch (RuntimeException e) {
                    keys.release(claimed.id());
                    throw e;
                }
                keys.complete(claimed.id(), 303, "text/plain", redirect);
                yield redirect;
            }
        };
    }
}
