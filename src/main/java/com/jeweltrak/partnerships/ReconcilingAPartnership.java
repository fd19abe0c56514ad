package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying the partners of a sold partnership item (02-sales §Partnerships R7–R10): per partner a payout (the suggestion
 * unless changed — a changed one needs its reason, R8), payment date, method, check/card number and notes. The store's
 * share absorbs the difference (R9). Writes the snapshot and its detail rows, moves the partnership to Paid and posts
 * the payouts as equity distributions. Reconciling twice is refused (409), also when two people click at once: the
 * partnership row is locked first.
 */
@Service
public class ReconcilingAPartnership {

    /** One partner's payment as entered; {@code payout} null takes the suggestion, {@code date} null is today. */
    public record Payment(ContactId partner, BigDecimal payout, LocalDate date, String method, String checkNumber,
                          String notes, String reason) {
    }

    private final PartnershipWork work;
    private final Items items;
    private final Reconciliations reconciliations;

    ReconcilingAPartnership(PartnershipWork work, Items items, Reconciliations reconciliations) {
        this.work = work;
        this.items = items;
        this.reconciliations = reconciliations;
    }

    @Transactional
    public long reconcile(PartnershipId id, List<Payment> payments) {
        work.require("Invoices.Edit");
        work.require(Permission.CAN_VIEW_COST);
        Partnership partnership = work.partnerships.lock(id);
        if (partnership.status() == PartnershipStatus.PAID) {
            throw new PartnershipAlreadyReconciled(reconciliations.standing(id).map(Reconciliation::reconciledOn).orElse(null));
        }
        if (partnership.status() != PartnershipStatus.SOLD) {
            throw new PartnershipNotInThatState("Only a sold partnership item is reconciled; this one is "
                    + partnership.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        PartnershipSale sale = work.partnerships.owedSale(id)
                .orElseThrow(() -> new PartnershipNotInThatState("Nothing is owed on this partnership."));
        Item item = items.get(partnership.item());
        LocalDate today = work.today(item.store());
        BigDecimal value = partnership.value(item.cost());
        PayoutPolicy.Split split = PayoutPolicy.split(value, sale.salePrice(), sale.tradeConcession(), partnership.partners());

        List<Reconciliation.Detail> details = new ArrayList<>();
        List<PartnershipReconciled.Payout> payouts = new ArrayList<>();
        for (int i = 0; i < split.suggestions().size(); i++) {
            PayoutPolicy.Suggestion s = split.suggestions().get(i);
            Payment p = payments.stream().filter(x -> s.share().contact().equals(x.partner())).findFirst()
                    .orElse(new Payment(s.share().contact(), null, null, null, null, null, null));
            String field = "payments[" + i + "]";
            BigDecimal payout = p.payout() == null ? s.payout() : p.payout();
            if (payout.signum() < 0) throw new BusinessRuleViolated(field + ".payout", "A payout cannot be below zero.");
            if (payout.scale() > 2 && payout.stripTrailingZeros().scale() > 2) {
                throw new BusinessRuleViolated(field + ".payout", "Enter the payout in dollars and cents.");
            }
            payout = PayoutPolicy.cents(payout);
            String reason = text(p.reason());
            boolean changed = payout.compareTo(s.payout()) != 0;
            if (changed && reason == null) {
                // R8: you can't quietly underpay (or overpay) a partner without a paper trail
                throw new BusinessRuleViolated(field + ".reason", "The payout differs from the suggested "
                        + s.payout().toPlainString() + ": say why (e.g. \"$250 trade discount applied per agreement\").");
            }
            String method = p.method() == null || p.method().isBlank() ? "Cash" : p.method().trim();
            if (!PayoutMethod.CHOICES.contains(method)) {
                throw new BusinessRuleViolated(field + ".method", "Choose Cash, Check, Card, ACH, Wire or Other.");
            }
            details.add(new Reconciliation.Detail(s.share().contact(), s.share().kind(), s.share().percent(),
                    s.costPaidAmount(), s.payout(), payout, Objects.requireNonNullElse(p.date(), today), method,
                    text(p.checkNumber()), text(p.notes()), changed ? reason : null));
            payouts.add(new PartnershipReconciled.Payout(s.share().contact(), s.costPaidAmount(), payout, method));
        }
        BigDecimal paid = details.stream().map(Reconciliation.Detail::payout).reduce(BigDecimal.ZERO, BigDecimal::add);
        Reconciliation snapshot = new Reconciliation(0, id, sale.id(), item.id(), sale.invoice(), SettlementType.OWNER_SOLD,
                item.cost(), value, split.primaryCostValue(), sale.salePrice(), sale.tradeConcession(), sale.grossProfit(),
                partnership.sellingPartner().map(PartnerShare::contact).orElse(null), split.totalOwnerProfitValue(),
                split.totalOwnerProfitActual(paid), today, work.now(), null, details);
        long recorded = reconciliations.record(snapshot, work.actorId());
        work.partnerships.setSaleStatus(sale.id(), PartnershipSale.Status.RECONCILED, null);
        work.partnerships.setStatus(id, PartnershipStatus.PAID);
        work.publish(new PartnershipReconciled(TenantContext.requireTenant(), recorded, id, SettlementType.OWNER_SOLD,
                item.store(), item.stockId(), today, item.cost(), sale.cost(), payouts));
        return recorded;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
