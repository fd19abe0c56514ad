package com.jeweltrak.platform.idempotency;

import com.jeweltrak.platform.web.StateConflict;

/** The first request with this key is still running: the retry is told to try again shortly (409). */
public class IdempotentRequestInProgress extends StateConflict {

    public IdempotentRequestInProgress() {
        super("A request with this idempotency key is still being processed; retry in a moment.");
    }
}
