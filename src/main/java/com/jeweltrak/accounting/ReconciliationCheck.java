package com.jeweltrak.accounting;

/**
 * One proof that the books agree with the documents behind an account (issue 10 point 9): every bean is shown on the
 * reconciliation page and asserted by the tests' helper.
 */
public interface ReconciliationCheck {

    Reconciled check();
}
