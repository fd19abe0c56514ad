package com.jeweltrak.accounting;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every {@link ReconciliationCheck} bean run in one read-only transaction, so all of them read the same committed
 * state of the current tenant (RLS): what the reconciliation page, its API and the tests' assertions show.
 */
@Component
public class Reconciliation {

    private final List<ReconciliationCheck> checks;

    Reconciliation(List<ReconciliationCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Transactional(readOnly = true)
    public List<Reconciled> run() {
        return checks.stream().map(ReconciliationCheck::check).toList();
    }
}
