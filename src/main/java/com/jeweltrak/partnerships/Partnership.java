package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.InvoiceId;

/**
 * One partnership cycle of an item (02-sales §Partnerships) as read in the transaction that acts on it. Its
 * {@code check…} methods refuse what its state does not allow; the arithmetic is {@link PayoutPolicy}'s.
 * {@code partnershipValue} null means the item's cost (decision 3): the Actual Cost is the item's one cost.
 */
public record Partnership(PartnershipId id, ItemId item, int cycle, PartnershipStatus status, BigDecimal partnershipValue,
                          List<PartnerShare> partners, InvoiceId settlementInvoice) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Partnership {
        partners = List.copyOf(partners);
    }

    /**
     * R2: the splits stack as long as the math works out — Σ Owner % + Σ Profit Only % ≤ 100 (the tenant keeps the
     * rest), a contact once, at most one Selling Partner. Refused with the numbers.
     */
    public static void checkSplits(List<PartnerShare> partners) {
        if (partners.isEmpty()) throw new BusinessRuleViolated("partners", "Add at least one partner.");
        Set<ContactId> seen = new HashSet<>();
        for (PartnerShare p : partners) {
            if (!seen.add(p.contact())) {
                throw new BusinessRuleViolated("partners", "A partner is listed twice: give each partner one row.");
            }
        }
        if (partners.stream().filter(PartnerShare::sellingPartner).count() > 1) {
            throw new BusinessRuleViolated("sellingPartner", "Only one partner can be the Selling Partner.");
        }
        BigDecimal owner = sum(partners, ShareKind.OWNER);
        BigDecimal profitOnly = sum(partners, ShareKind.PROFIT_ONLY);
        BigDecimal total = owner.add(profitOnly);
        if (total.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleViolated("partners", "The splits add up to " + pct(total) + " % (Owner " + pct(owner)
                    + " % + Profit Only " + pct(profitOnly) + " %): they may add up to 100 % at most.");
        }
    }

    static BigDecimal sum(List<PartnerShare> partners, ShareKind kind) {
        return partners.stream().filter(p -> p.kind() == kind).map(PartnerShare::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String pct(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    /** Decision 3: the agreed basis, or the item's cost when none was set. */
    public BigDecimal value(BigDecimal itemCost) {
        return partnershipValue != null ? partnershipValue : itemCost;
    }

    /** R2: the store's share of the Partnership Value: 100 − Σ Owner %. */
    public BigDecimal storeCostPercent() {
        return HUNDRED.subtract(sum(partners, ShareKind.OWNER));
    }

    /** The store's basis (PrimaryCostValue): Partnership Value × store cost % / 100, 4 dp. */
    public BigDecimal primaryCostValue(BigDecimal itemCost) {
        return value(itemCost).multiply(storeCostPercent()).divide(HUNDRED, 4, RoundingMode.HALF_UP);
    }

    public Optional<PartnerShare> sellingPartner() {
        return partners.stream().filter(PartnerShare::sellingPartner).findFirst();
    }

    public Optional<PartnerShare> partner(ContactId contact) {
        return partners.stream().filter(p -> p.contact().equals(contact)).findFirst();
    }

    // ---- preconditions ----

    /** The set-up is frozen while a sale is owed or paid: the figures the reconciliation uses must not move under it. */
    public void checkSetUpEditable() {
        if (status == PartnershipStatus.SOLD) {
            throw new PartnershipNotInThatState("The partnership is sold and not yet reconciled: its set-up cannot change "
                    + "until it is reconciled, or the sale is cancelled.");
        }
        if (status == PartnershipStatus.PAID) {
            throw new PartnershipNotInThatState("The partnership is paid: start a new partnership cycle to change it.");
        }
        if (status == PartnershipStatus.ENDED) throw new PartnershipNotInThatState("This partnership cycle has ended.");
        if (settlementInvoice != null) {
            throw new PartnershipNotInThatState("The item is being sold to a partner (invoice open): its set-up cannot "
                    + "change until that invoice is deleted or voided.");
        }
    }

    /** R11: Sell to Partner only from an active partnership with a Selling Partner flagged. */
    public void checkSellableToPartner() {
        if (status != PartnershipStatus.ACTIVE) {
            throw new PartnershipNotInThatState("Only an active partnership is sold to a partner; this one is "
                    + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (settlementInvoice != null) {
            throw new PartnershipNotInThatState("The item is already being sold to a partner on invoice id "
                    + settlementInvoice + ".");
        }
    }
}
