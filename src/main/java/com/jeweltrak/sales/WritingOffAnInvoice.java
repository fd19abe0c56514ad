package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.users.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes off what a finalized invoice still owes as bad debt (08-accounting §Writing Off Invoices): the invoice keeps
 * its status, lines and payments (R1, R4); the whole remaining balance is cleared (R3) and the books move it from the
 * customer's AR to bad-debt expense ({@link InvoiceWrittenOff}). Needs CanVoidTransactions and a reason (R6); refused
 * for an invoice dated in the closed period (R2), and the write-off itself is dated today, which must be open.
 * <p>
 * Sales tax (R8, open question decided): the write-off does NOT reduce the tax liability — no bad-debt tax relief. The
 * tax stays owed as the invoice's finalize entry posted it; relief is jurisdiction-specific and, where a state allows
 * it, is claimed on the return, outside these books. Nor does a write-off count as tax collected: it is not a payment.
 * <p>
 * A written-off invoice is not paid: it never announces {@link InvoicePaidInFull} (see {@link Invoice#paidInFull()}),
 * so a written-off Sell-to-Partner settlement never reconciles its partnership as if the partner had paid.
 */
@Component
public class WritingOffAnInvoice {

    private final InvoiceWork work;
    private final JdbcClient jdbc;

    WritingOffAnInvoice(InvoiceWork work, JdbcClient jdbc) {
        this.work = work;
        this.jdbc = jdbc;
    }

    @Transactional
    public WriteOffId writeOff(InvoiceId id, String reason) {
        work.require(Permission.CAN_VOID_TRANSACTIONS);
        String why = WriteOffReasons.required(reason, "Say why this invoice is written off.");
        Invoice invoice = work.lockInOpenPeriod(id);
        invoice.checkWritableOff();
        LocalDate today = work.today(invoice.store());
        work.checkOpenPeriod(today);
        BigDecimal amount = Money.cents(invoice.balance());
        long writeOff = jdbc.sql("""
                        insert into invoice_write_off (tenant_id, invoice_id, amount, write_off_date, reason, created_at,
                                                       created_by)
                        values (jt_current_tenant(), ?, ?, ?, ?, ?, ?) returning id""")
                .params(id.value(), amount, today, why, java.sql.Timestamp.from(work.now()),
                        work.actor() == null ? null : work.actor().value())
                .query(Long.class).single();
        work.publish(new InvoiceWrittenOff(work.tenant(), new WriteOffId(writeOff), id, invoice.store(), today,
                invoice.customer(), amount));
        work.followBalance(invoice);
        return new WriteOffId(writeOff);
    }
}
