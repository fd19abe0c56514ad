package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    ReconciliationCheck storeCreditCheck(Books books, JdbcClient jdbc) {
        return () -> new Reconciled("Store credit liability = Σ active store credits' remaining",
                books.balance(SystemAccount.STORE_CREDIT), Money.cents(jdbc.sql(
                        "select coalesce(sum(remaining), 0) from store_credit where status = 'ACTIVE'")
                        .query(BigDecimal.class).single()));
    }

    @Bean
    ReconciliationCheck customerDepositsCheck(Books books, JdbcClient jdbc) {
        return () -> new Reconciled("Customer deposits = Σ paid on Open invoices + Σ held on work orders",
                books.balance(SystemAccount.CUSTOMER_DEPOSITS), Money.cents(jdbc.sql("""
                                select coalesce((select sum(p.amount) from invoice_payment p
                                                 join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
                                                 where i.status = 'OPEN' and p.voided_at is null
                                                   and p.moved_to_credit_at is null), 0)
                                     + coalesce((select sum(amount) from work_order_deposit where status = 'HELD'), 0)""")
                        .query(BigDecimal.class).single()));
    }

    @Bean
    ReconciliationCheck trialBalanceCheck(Books books) {
        return () -> {
            Books.TrialBalance trial = books.trialBalance(EVERYTHING);
            return new Reconciled("Trial balance: debits = credits", trial.debits(), trial.credits());
        };
    }
}
