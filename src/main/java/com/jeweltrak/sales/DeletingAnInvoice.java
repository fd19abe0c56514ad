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
    private final MemoSourcedLines memoSourced;

    DeletingAnInvoice(InvoiceWork work, JdbcClient jdbc, MemoSourcedLines memoSourced) {
        this.memoSourced = memoSourced;
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void delete(InvoiceId id) {
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkDeletable();
        // 03-services §3 R7: a work-order deposit that went to credit on account from this invoice is still the
        // customer's money; its row must stay (the job's deposit names it)
        if (invoice.payments().stream().anyMatch(p -> p.method() == PaymentMethod.DEPOSIT && !p.voided())) {
            throw new InvoiceNotInThatState("Invoice " + invoice.numberText() + " carried deposits taken on a work order: "
                    + "keep it (finalize it, then void it) rather than deleting it.");
        }
        // lines made from memo lines: their units go back On Memo (02-sales §Reversing R2)
        invoice.lines().forEach(line -> memoSourced.unwind(invoice, line, line.quantity()));
        // voided tenders go with it: they were reversed already
        jdbc.sql("delete from invoice_payment where invoice_id = ?").param(id.value()).update();
        jdbc.sql("delete from invoice_line where invoice_id = ?").param(id.value()).update();
        jdbc.sql("delete from invoice where id = ?").param(id.value()).update();
    }
}
