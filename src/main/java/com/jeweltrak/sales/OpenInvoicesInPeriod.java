package com.jeweltrak.sales;

import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.platform.tenancy.PeriodClose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Period Close R5: draft (Open) invoices dated inside the period are listed before it is locked — once it is, they
 * could be neither finalized nor deleted (02-sales §Finalize R13).
 */
@Component
class OpenInvoicesInPeriod implements PeriodClose.Check {

    private final JdbcClient jdbc;

    OpenInvoicesInPeriod(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Attention> attentionThrough(LocalDate closedThrough) {
        long open = jdbc.sql("select count(*) from invoice where status = 'OPEN' and invoice_date <= ?")
                .param(closedThrough).query(Long.class).single();
        return open == 0 ? List.of() : List.of(new Attention("draft (Open) invoices", open, "/sales/invoices?status=OPEN"));
    }
}
