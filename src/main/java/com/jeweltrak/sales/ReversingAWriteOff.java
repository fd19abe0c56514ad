package com.jeweltrak.sales;

import java.time.LocalDate;

import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reverses an invoice's standing write-off (08-accounting §Writing Off Invoices R7): needs CanVoidTransactions and a
 * reason; only in the open period — the write-off's own date must not be closed, and the reversal is dated today. The
 * invoice owes its balance again and the books reverse the bad-debt entry ({@link WriteOffReversed}); a payment that
 * comes in later is applied to the invoice as usual. The write-off row stays, stamped, as history.
 */
@Component
public class ReversingAWriteOff {

    private final InvoiceWork work;
    private final JdbcClient jdbc;

    ReversingAWriteOff(InvoiceWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public void reverse(InvoiceId id, String reason) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        String why = WriteOffReasons.required(reason, "Say why the write-off is reversed.");
        Invoice invoice = work.invoices.lock(id);
        InvoiceWriteOff writeOff = invoice.standingWriteOff().orElseThrow(() -> new InvoiceNotInThatState(
                "Invoice " + invoice.numberText() + " has no write-off to reverse."));
        work.checkOpenPeriod(writeOff.date());
        LocalDate today = work.today(invoice.store());
        work.checkOpenPeriod(today);
        jdbc.sql("""
                        update invoice_write_off set reversed_at = ?, reversed_by = ?, reversal_date = ?, reversal_reason = ?
                        where id = ? and invoice_id = ? and reversed_at is null""")
                .params(java.sql.Timestamp.from(work.now()), work.actor() == null ? null : work.actor().value(), today, why,
                        writeOff.id().value(), id.value())
                .update();
        work.publish(new WriteOffReversed(work.tenant(), writeOff.id(), id, today));
        work.followBalance(invoice);
    }
}
