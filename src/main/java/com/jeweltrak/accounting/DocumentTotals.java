package com.jeweltrak.accounting;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the documents say a liability holds, for {@link ReconciliationChecks}: each query in a read-only transaction
 * of its own (or the caller's), so the tenant is set (RLS) even when a check is called outside one.
 */
@Repository
@Transactional(readOnly = true)
class DocumentTotals {

    private final JdbcClient jdbc;

    DocumentTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 08 §Store Credits R12: what the active credits still hold. */
    BigDecimal storeCreditRemaining() {
        return Money.cents(jdbc.sql("select coalesce(sum(remaining), 0) from store_credit where status = 'ACTIVE'")
                .query(BigDecimal.class).single());
    }

    /** 03-services §3 R11, decision 2: paid on Open invoices (still applied) + held on work orders. */
    BigDecimal depositsHeld() {
        return Money.cents(jdbc.sql("""
                        select coalesce((select sum(p.amount) from invoice_payment p
                                         join invoice i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
                                         where i.status = 'OPEN' and p.voided_at is null
                                           and p.moved_to_credit_at is null), 0)
                             + coalesce((select sum(amount) from work_order_deposit where status = 'HELD'), 0)""")
                .query(BigDecimal.class).single());
    }
}
