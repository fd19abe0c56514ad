package com.jeweltrak.partnerships;

import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceFinalized;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceLine;
import com.jeweltrak.sales.InvoiceReopened;
import com.jeweltrak.sales.InvoiceVoided;
import com.jeweltrak.sales.Invoices;
import com.jeweltrak.sales.LineKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 02-sales §Partnerships R4: selling a partnership item on an ordinary invoice records that a reconciliation is owed.
 * A synchronous listener, inside the invoice's transaction, so the sale and the invoice commit together. Only a plain
 * sale line counts — not a return, not a trade-in, not the partner settlement line of the Sell to Partner flow (that
 * one settles itself, R13). Reopening or voiding the invoice before it is reconciled cancels the sale and the
 * partnership is active again; after reconciliation the obligation is closed (R10) and stays so.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RecordingPartnershipSales {

    private final Partnerships partnerships;
    private final Invoices invoices;
    private final PartnershipWork work;

    RecordingPartnershipSales(Partnerships partnerships, Invoices invoices, PartnershipWork work) {
        this.partnerships = partnerships;
        this.invoices = invoices;
        this.work = work;
    }

    @EventListener
    void on(InvoiceFinalized event) {
        // an event about an invoice this tenant cannot read (none such in practice) concerns no partnership
        Invoice invoice = invoices.find(event.invoice()).orElse(null);
        if (invoice == null) return;
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind() != LineKind.ITEM || line.item() == null || line.isReturn()) continue;
            partnerships.live(line.item()).filter(p -> p.status() == PartnershipStatus.ACTIVE)
                    .filter(p -> !invoice.id().equals(p.settlementInvoice()))
                    .filter(p -> !line.partnerSettlement())
                    .ifPresent(p -> {
                        Partnership locked = partnerships.lock(p.id());
                        if (locked.status() != PartnershipStatus.ACTIVE) return;
                        partnerships.addSale(locked.id(), SettlementType.OWNER_SOLD, invoice.id(), line.id(), event.date(),
                                line.net(), line.tradeConcession(), line.asSale().cost());
                        partnerships.setStatus(locked.id(), PartnershipStatus.SOLD);
                    });
        }
    }

    @EventListener
    void on(InvoiceReopened event) {
        cancelOwed(event.invoice());
    }

    @EventListener
    void on(InvoiceVoided event) {
        cancelOwed(event.invoice());
    }

    private void cancelOwed(InvoiceId invoice) {
        for (PartnershipSale sale : partnerships.salesOn(invoice, PartnershipSale.Status.OWED)) {
            Partnership locked = partnerships.lock(sale.partnership());
            partnerships.setSaleStatus(sale.id(), PartnershipSale.Status.CANCELLED, work.now());
            if (locked.status() == PartnershipStatus.SOLD) partnerships.setStatus(locked.id(), PartnershipStatus.ACTIVE);
        }
    }
}
