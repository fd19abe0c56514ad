package com.jeweltrak.platform.audit;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * A restore that a rule refuses, with the reason people read (11-utilities §Audit Log R9–R11).
 * {@link #conflict()} marks the refusals that come from the record's current state (409: it has moved
 * on) rather than from a rule the restored state would break (422).
 */
public class RestoreRefused extends BusinessRuleViolated {

    private final boolean conflict;

    protected RestoreRefused(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    public boolean conflict() {
        return conflict;
    }
}
