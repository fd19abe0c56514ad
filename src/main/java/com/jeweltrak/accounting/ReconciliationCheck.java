package com.jeweltrak.accounting;

/**
 * One thing the books must agree with the documents on (issue 10 point 9): AR control against the customers' balances,
 * a liability against what its documents still owe, the trial balance. Declare one as a bean: the reconciliation page
 * (/accounting/reconciliation) shows every bean, and the tests' {@code ReconciliationAssertions} asserts every bean
 * agrees for a tenant. Runs in the caller's tenant (RLS) and read-only transaction.
 */
@FunctionalInterface
public interface ReconciliationCheck {

    Reconciled check();
}
