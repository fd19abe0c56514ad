package com.jeweltrak.sales;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an Open invoice made by mistake (02-sales §Finalize R9): never one that was finalized (void that instead),
 * never with payments applied. Its number stays used (decision 12: the sequence moved on); the audit log keeps the rows.
 */
@Component
public class DeletingAnInvoice {

    private final InvoiceWork work;
    private final JdbcClient jdbc;

    DeletingAnInvoice(InvoiceWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void delete(InvoiceId id) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkDeletable();
        // voided tenders go with it: they were reversed already
        jdbc.sql("delete from invoice_payment where invoice_id = ?").param(id.value()).update();
        jdbc.sql("delete from invoice_line where invoice_id = ?").param(id.value()).update();
        jdbc.sql("delete from invoice where id = ?").param(id.value()).update();
    }
}
