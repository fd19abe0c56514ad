package com.jeweltrak.accounting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The books against the documents (issue 10 point 9; design §4 "Money is a ledger"): AR control = Σ the customers'
 * sub-ledger = Σ their balances from the invoices and receipts ({@link Receivables}); the store-credit liability = Σ
 * what active credits still hold (§Store Credits R12); customer deposits = Σ paid on Open invoices + Σ held on work
 * orders (03-services §3 R11); the trial balance's debits = its credits. Other modules' checks (gift cards) are beans
 * of their own.
 */
@Configuration(proxyBeanMethods = false)
class ReconciliationChecks {

    /** Far enough ahead that every entry counts, whatever date it was posted on. */
    private static final LocalDate EVERYTHING = LocalDate.of(9999, 12, 31);

    @Bean
    ReconciliationCheck arSubLedgerCheck(Books books) {
        return () -> {
            Books.ArReconciliation ar = books.reconcileAr();
            return new Reconciled("AR control = Σ customer sub-ledger", ar.control(), ar.subLedger());
        };
    }

    @Bean
    ReconciliationCheck arDocumentsCheck(Books books, Receivables receivables, Clock clock) {
        return () -> new Reconciled("AR control = Σ customer balances (invoices − credit on account)",
                books.arControlTotal(), receivables.total(LocalDate.now(clock)));
    }

    @Bean
    ReconciliationCheck storeCreditCheck(Books books, DocumentTotals documents) {
        return () -> new Reconciled("Store credit liability = Σ active store credits' remaining",
                books.balance(SystemAccount.STORE_CREDIT), documents.storeCreditRemaining());
    }

    @Bean
    ReconciliationCheck customerDepositsCheck(Books books, DocumentTotals documents) {
        return () -> new Reconciled("Customer deposits = Σ paid on Open invoices + Σ held on work orders",
                books.balance(SystemAccount.CUSTOMER_DEPOSITS), documents.depositsHeld());
    }

    @Bean
    ReconciliationCheck trialBalanceCheck(Books books) {
        return () -> {
            Books.TrialBalance trial = books.trialBalance(EVERYTHING);
            return new Reconciled("Trial balance: debits = credits", trial.debits(), trial.credits());
        };
    }
}
