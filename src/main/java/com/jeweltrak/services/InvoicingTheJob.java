package com.jeweltrak.services;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.ApplyingAHeldDeposit;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.OpeningAnInvoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Create Invoice on a job (03-services §3 R7, §14; automatically on Ready for Pickup with Job Automation on): an Open
 * invoice for the job's customer with one line at the job's price — the price quoted, else the unit price — then every
 * held deposit applied to it as a payment (sales' DEPOSIT payment: a transfer out of Customer deposits, R12); what the
 * invoice total does not need stays the customer's credit on account. The job records its invoice and takes no more
 * deposits (R1). A repair or stone service is a service line (StockType 'S'); a custom-built piece is goods, a non-stock
 * line (the spec leaves the tax type open; see its Open questions). One invoice per job: a second is refused.
 */
@Component
public class InvoicingTheJob {

    private final WorkOrderWork work;
    private final WorkOrderDeposits deposits;
    private final OpeningAnInvoice opening;
    private final AddingALine addingALine;
    private final ApplyingAHeldDeposit applying;
    private final JdbcClient jdbc;

    InvoicingTheJob(WorkOrderWork work, WorkOrderDeposits deposits, OpeningAnInvoice opening, AddingALine addingALine,
                    ApplyingAHeldDeposit applying, JdbcClient jdbc) {
        this.work = work;
        this.deposits = deposits;
        this.opening = opening;
        this.addingALine = addingALine;
        this.applying = applying;
        this.jdbc = jdbc;
    }

    @Transactional
    public InvoiceId invoice(WorkOrderId id) {
        WorkOrder job = work.workOrders.lock(id);
        deposits.invoiceOf(id).ifPresent(invoice -> {
            throw new BusinessRuleViolated("invoice", "Job " + job.numberText() + " is already invoiced.");
        });
        if (!job.orderType().needsCustomer()) {
            throw new BusinessRuleViolated("invoice", "A production job is closed out into inventory, not invoiced.");
        }
        if (job.status() == WorkOrderStatus.CANCELLED) {
            throw new BusinessRuleViolated("invoice", "Job " + job.numberText() + " is cancelled: it is not invoiced.");
        }
        BigDecimal price = job.priceQuoted() != null ? job.priceQuoted() : job.unitPrice();
        if (price == null) {
            throw new BusinessRuleViolated("invoice", "Give job " + job.numberText() + " a price (quote or unit price) first.");
        }
        InvoiceId invoice = opening.open(new OpeningAnInvoice.Request(job.store(), job.customer(), job.salesperson(), null,
                "Work order " + job.numberText(), null, null, null, false));
        LineKind kind = job.orderType() == OrderType.CUSTOM && !"S".equals(job.stockType()) ? LineKind.NON_STOCK : LineKind.SERVICE;
        String description = job.orderType().label() + " " + job.numberText() + ": " + job.item();
        addingALine.add(invoice, new AddingALine.Request(kind, null,
                description.length() > 1000 ? description.substring(0, 1000) : description, BigDecimal.ONE, price,
                null, null, null));
        for (WorkOrderDeposit deposit : deposits.of(id)) {
            if (!deposit.held()) continue;
            var applied = applying.apply(invoice, deposit.amount(), "Deposit on work order " + job.numberText());
            // the row that pays the invoice; when nothing was due, the one kept as credit on account
            long payment = applied.payment() != null ? applied.payment().value() : applied.credit().value();
            jdbc.sql("""
                            update work_order_deposit set status = 'APPLIED', settled_at = ?, settled_by = ?, invoice_id = ?,
                                   payment_id = ?
                            where id = ?""")
                    .params(java.sql.Timestamp.from(work.now()), work.actor() == null ? null : work.actor().value(),
                            invoice.value(), payment, deposit.id())
                    .update();
        }
        jdbc.sql("update work_order set invoice_id = ? where id = ?").params(invoice.value(), id.value()).update();
        return invoice;
    }
}
