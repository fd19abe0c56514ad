package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.Invoice;
import com.jeweltrak.sales.InvoiceFinalized;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.InvoiceLine;
import com.jeweltrak.sales.InvoiceNoLongerPaidInFull;
import com.jeweltrak.sales.InvoicePaidInFull;
import com.jeweltrak.sales.InvoiceVoided;
import com.jeweltrak.sales.Invoices;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Sell to Partner flow settles itself (02-sales §Partnerships R13–R15), inside the invoice's transaction:
 * <ul>
 * <li>its settlement invoice finalized → the item left stock: the partners' share of its cost leaves Inventory against
 * their capital ({@link PartnersShareLeftStock}); a void brings it back ({@link PartnersShareCameBack}).</li>
 * <li>its settlement invoice paid in full → the partnership reconciles: snapshot 'PartnerSold', one detail row per
 * partner whose payout is the capital they recovered through their own sale (0.00 for Profit Only), method
 * PartnerSoldSettlement and the article's note; the partnership is Paid. A partial payment does nothing (R14);
 * a repeated announcement (re-finalized after a reopen) finds it Paid and does nothing again.</li>
 * <li>no longer paid in full (a payment voided, refunded or moved to credit) → the reconciliation is reversed at once
 * (02 Open question, decided): the books must not show capital recovered on money the store no longer holds; paying
 * it in full again reconciles it again.</li>
 * <li>voided → reversed likewise if still standing, the partnership is Active again and forgets the invoice.</li>
 * </ul>
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SettlingPartnerSales {

    private final PartnershipWork work;
    private final Invoices invoices;
    private final Items items;
    private final Reconciliations reconciliations;

    SettlingPartnerSales(PartnershipWork work, Invoices invoices, Items items, Reconciliations reconciliations) {
        this.work = work;
        this.invoices = invoices;
        this.items = items;
        this.reconciliations = reconciliations;
    }

    @EventListener
    void on(InvoiceFinalized event) {
        work.partnerships.bySettlementInvoice(event.invoice()).ifPresent(partnership -> {
            Invoice invoice = invoices.get(event.invoice());
            invoice.lines().stream().filter(l -> l.partnerSettlement() && partnership.item().equals(l.item())).findFirst()
                    .ifPresent(line -> {
                        Item item = items.get(partnership.item());
                        BigDecimal value = partnership.value(item.cost());
                        List<PartnersShareLeftStock.Capital> capital = partnership.partners().stream()
                                .filter(PartnerShare::owner)
                                .map(p -> new PartnersShareLeftStock.Capital(p.contact(),
                                        PayoutPolicy.cents(PayoutPolicy.capital(value, p))))
                                .toList();
                        work.publish(new PartnersShareLeftStock(TenantContext.requireTenant(), partnership.id(),
                                invoice.id().value(), item.store(), item.stockId(), event.date(), item.cost(),
                                line.asSale().cost(), capital));
                    });
        });
    }

    @EventListener
    void on(InvoicePaidInFull event) {
        work.partnerships.bySettlementInvoice(event.invoice()).ifPresent(found -> {
            Partnership partnership = work.partnerships.lock(found.id());
            if (partnership.status() != PartnershipStatus.ACTIVE || !event.invoice().equals(partnership.settlementInvoice())) return;
            Invoice invoice = invoices.get(event.invoice());
            InvoiceLine line = invoice.lines().stream()
                    .filter(l -> l.partnerSettlement() && partnership.item().equals(l.item())).findFirst().orElse(null);
            if (line == null) return;
            reconcile(partnership, invoice, line, event.date());
        });
    }

    @EventListener
    void on(InvoiceNoLongerPaidInFull event) {
        work.partnerships.bySettlementInvoice(event.invoice()).ifPresent(found -> reverse(found.id(), event.date(), false));
    }

    @EventListener
    void on(InvoiceVoided event) {
        work.partnerships.bySettlementInvoice(event.invoice()).ifPresent(found -> {
            work.publish(new PartnersShareCameBack(TenantContext.requireTenant(), found.id(), event.invoice().value(),
                    event.date()));
            reverse(found.id(), event.date(), true);
        });
    }

    private void reconcile(Partnership partnership, Invoice invoice, InvoiceLine line, LocalDate date) {
        Item item = items.get(partnership.item());
        BigDecimal value = partnership.value(item.cost());
        BigDecimal price = line.net();
        BigDecimal basis = line.asSale().cost();
        long sale = work.partnerships.addSale(partnership.id(), SettlementType.PARTNER_SOLD, invoice.id(), line.id(), date,
                price, line.tradeConcession(), basis);
        List<Reconciliation.Detail> details = new ArrayList<>();
        List<PartnershipReconciled.Payout> payouts = new ArrayList<>();
        for (PartnerShare p : partnership.partners()) {
            BigDecimal recovered = PayoutPolicy.cents(PayoutPolicy.capital(value, p));
            details.add(new Reconciliation.Detail(p.contact(), p.kind(), p.percent(), recovered, recovered, recovered, date,
                    PayoutMethod.PARTNER_SOLD_SETTLEMENT, null, PayoutMethod.PARTNER_SOLD_NOTE, null));
            payouts.add(new PartnershipReconciled.Payout(p.contact(), recovered, recovered, PayoutMethod.PARTNER_SOLD_SETTLEMENT));
        }
        // R16, R18: the store's gain is the settlement price less its basis (TotalOwnerProfitValue); no cash was paid out
        BigDecimal gain = PayoutPolicy.cents(price.subtract(line.tradeConcession()).subtract(basis));
        long recorded = reconciliations.record(new Reconciliation(0, partnership.id(), sale, item.id(), invoice.id(),
                SettlementType.PARTNER_SOLD, item.cost(), value, basis, price, line.tradeConcession(), gain,
                invoice.customer(), gain, gain, date, work.now(), null, details), work.actorId());
        work.partnerships.setSaleStatus(sale, PartnershipSale.Status.RECONCILED, null);
        work.partnerships.setStatus(partnership.id(), PartnershipStatus.PAID);
        work.publish(new PartnershipReconciled(TenantContext.requireTenant(), recorded, partnership.id(),
                SettlementType.PARTNER_SOLD, item.store(), item.stockId(), date, item.cost(), basis, payouts));
    }

    private void reverse(PartnershipId id, LocalDate date, boolean forgetInvoice) {
        Partnership partnership = work.partnerships.lock(id);
        reconciliations.standing(id).filter(r -> r.type() == SettlementType.PARTNER_SOLD)
                .filter(r -> r.invoice().equals(partnership.settlementInvoice()))
                .ifPresent(r -> {
                    reconciliations.markReversed(r.id(), work.now(), work.actorId());
                    work.partnerships.setSaleStatus(r.sale(), PartnershipSale.Status.CANCELLED, work.now());
                    work.publish(new PartnershipReconciliationReversed(TenantContext.requireTenant(), r.id(), id, date));
                });
        if (partnership.status() == PartnershipStatus.PAID) work.partnerships.setStatus(id, PartnershipStatus.ACTIVE);
        if (forgetInvoice) work.partnerships.setSettlementInvoice(id, null);
    }
}
