package com.jeweltrak.sales;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.tenancy.PeriodClose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Period Close R5: payments on account received inside the period and not (wholly) applied to invoices are listed
 * before it is locked — the unallocated payments the bookkeeper settles first (what they hold is
 * {@link CustomerPayments#UNAPPLIED}, the same figure credit on account adds up).
 */
@Component
class UnappliedPaymentsInPeriod implements PeriodClose.Check {

    private final JdbcClient jdbc;

    UnappliedPaymentsInPeriod(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Attention> attentionThrough(LocalDate closedThrough) {
        long unapplied = jdbc.sql("select count(*) from customer_payment p where p.voided_at is null "
                        + "and p.payment_date <= ? and " + CustomerPayments.UNAPPLIED + " > 0")
                .param(closedThrough).query(Long.class).single();
        return unapplied == 0 ? List.of()
                : List.of(new Attention("payments on account not wholly applied", unapplied, "/accounting/receivables"));
    }
}
