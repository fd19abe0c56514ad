package com.jeweltrak.partnerships;

import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.SettlingWithAPartner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sell to Partner (02-sales §Partnerships R11): the Selling Partner (one of this item's partners; the flagged one when
 * none is chosen) gets a draft settlement invoice whose line cost is the store's basis — PrimaryCostValue = Partnership
 * Value × the store's owner % / 100. The partnership remembers the invoice; paying it in full reconciles it
 * ({@link SettlingPartnerSales}). Refused without a selling partner, with the reason.
 */
@Service
public class SellingToAPartner {

    private final PartnershipWork work;
    private final Items items;
    private final SettlingWithAPartner settling;

    SellingToAPartner(PartnershipWork work, Items items, SettlingWithAPartner settling) {
        this.work = work;
        this.items = items;
        this.settling = settling;
    }

    @Transactional
    public InvoiceId sell(ItemId itemId, ContactId chosen) {
        work.require("Invoices.Edit");
        work.require(Permission.CAN_VIEW_COST);
        Item item = items.get(itemId);
        Partnership partnership = work.partnerships.lockLatest(itemId).filter(p -> p.status().live())
                .orElseThrow(() -> new PartnershipNotInThatState("StockID " + item.stockId() + " has no active partnership."));
        partnership.checkSellableToPartner();
        ContactId partner = chosen != null ? chosen : partnership.sellingPartner().map(PartnerShare::contact)
                .orElseThrow(() -> new BusinessRuleViolated("sellingPartner", "Choose the Selling Partner: the partner "
                        + "who takes the item and sells it to their own customer."));
        if (partnership.partner(partner).isEmpty()) {
            throw new BusinessRuleViolated("sellingPartner", "The Selling Partner must be one of this item's partners.");
        }
        if (!partnership.partner(partner).get().sellingPartner()) {
            // the dropdown's choice is the Selling Partner from now on (one flag per partnership)
            List<PartnerShare> flagged = partnership.partners().stream()
                    .map(p -> new PartnerShare(p.contact(), p.kind(), p.percent(), p.contact().equals(partner))).toList();
            work.partnerships.update(partnership.id(), partnership.partnershipValue(), flagged);
        }
        InvoiceId invoice = settling.open(item.store(), partner, itemId, partnership.primaryCostValue(item.cost()),
                "Partner settlement: StockID " + item.stockId() + ", partnership cycle " + partnership.cycle());
        work.partnerships.setSettlementInvoice(partnership.id(), invoice);
        return invoice;
    }
}
