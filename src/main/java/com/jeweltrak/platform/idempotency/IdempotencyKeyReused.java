package com.jeweltrak.platform.idempotency;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Design §4: the same key with another request is refused (422), never answered with the first request's answer. */
public class IdempotencyKeyReused extends BusinessRuleViolated {

    public IdempotencyKeyReused() {
        super("Idempotency-Key", "This idempotency key was used for a different request; use a new key for a new request.");
    }
}
