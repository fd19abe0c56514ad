package com.jeweltrak.partnerships;

import java.math.BigDecimal;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Start a new partnership cycle" (02-sales §Partnerships R10; article tips): a returned item that is sold again is a
 * new cycle, started only by the user — never by itself. Allowed when the item is back in stock and its cycle is Paid,
 * or Sold with the sale undone by a return (that owed sale is cancelled: nothing is paid on a returned sale). The new
 * cycle copies the partners and is Active; the old cycle's records stay as they are, so a reconciled cycle never pays
 * again.
 */
@Service
public class ResettingAPartnership {

    private final PartnershipWork work;
    private final Items items;

    ResettingAPartnership(PartnershipWork work, Items items) {
        this.work = work;
        this.items = items;
    }

    @Transactional
    public PartnershipId reset(ItemId itemId) {
        work.require("Invoices.Edit");
        work.require(Permission.CAN_VIEW_COST);
        Item item = items.get(itemId);
        Partnership old = work.partnerships.lockLatest(itemId)
                .orElseThrow(() -> new PartnershipNotInThatState("StockID " + item.stockId() + " has no partnership."));
        if (old.status() == PartnershipStatus.ACTIVE || old.status() == PartnershipStatus.ENDED) {
            throw new PartnershipNotInThatState("The partnership is still active: there is no cycle to close.");
        }
        if (item.quantities().inStock().compareTo(BigDecimal.ONE) < 0) {
            throw new PartnershipNotInThatState("StockID " + item.stockId() + " is not back in stock: a new partnership "
                    + "cycle starts once the item has been returned.");
        }
        if (old.status() == PartnershipStatus.SOLD) {
            work.partnerships.owedSale(old.id()).ifPresent(sale ->
                    work.partnerships.setSaleStatus(sale.id(), PartnershipSale.Status.CANCELLED, work.now()));
            work.partnerships.end(old.id(), work.now(), work.actorId());
        } else {
            work.partnerships.markClosed(old.id(), work.now(), work.actorId());
        }
        PartnershipId fresh = work.partnerships.insert(itemId, old.cycle() + 1, old.partnershipValue(),
                old.partners());
        BigDecimal value = old.value(item.cost());
        work.publish(new PartnershipCapitalChanged(TenantContext.requireTenant(), fresh, item.store(), item.stockId(),
                work.today(item.store()), old.partners().stream().filter(PartnerShare::owner)
                .map(p -> new PartnershipCapitalChanged.Capital(p.contact(), PayoutPolicy.capital(value, p))).toList()));
        return fresh;
    }
}
