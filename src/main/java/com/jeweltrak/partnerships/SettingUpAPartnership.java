package com.jeweltrak.partnerships;

import java.math.BigDecimal;
import java.util.List;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.contacts.ContactRoles;
import com.jeweltrak.contacts.Contacts;
import com.jeweltrak.inventory.EditingAnItem;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.users.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving the Partnership tab (02-sales §Partnerships Data, R1–R3): the item's Actual Cost (its one cost, edited through
 * inventory), the Partnership Value (blank: the cost) and the partners. A contact without the Partner role gains it
 * (Unified Contacts R7). The partners' capital is posted anew ({@link PartnershipCapitalChanged}). Frozen while the
 * partnership is sold or paid.
 */
@Service
public class SettingUpAPartnership {

    /** What the tab saves; {@code actualCost} null leaves the item's cost as it is. */
    public record Terms(BigDecimal actualCost, BigDecimal partnershipValue, List<PartnerShare> partners) {
        public Terms {
            partners = List.copyOf(partners);
        }
    }

    private final PartnershipWork work;
    private final Items items;
    private final EditingAnItem editing;
    private final Contacts contacts;
    private final ContactRoles roles;

    SettingUpAPartnership(PartnershipWork work, Items items, EditingAnItem editing, Contacts contacts, ContactRoles roles) {
        this.work = work;
        this.items = items;
        this.editing = editing;
        this.contacts = contacts;
        this.roles = roles;
    }

    @Transactional
    public PartnershipId save(ItemId itemId, Terms terms) {
        Item item = items.get(itemId);
        work.requireOnItem(item, "Edit");
        if (terms.partnershipValue() != null && terms.partnershipValue().signum() < 0) {
            throw new BusinessRuleViolated("partnershipValue", "The Partnership Value cannot be below zero.");
        }
        Partnership.checkSplits(terms.partners());
        var latest = work.partnerships.lockLatest(itemId);
        // a paid cycle is closed: a new one starts only by the explicit reset (R10)
        latest.filter(p -> p.status() != PartnershipStatus.ENDED).ifPresent(Partnership::checkSetUpEditable);
        var current = latest.filter(p -> p.status().live());
        for (PartnerShare p : terms.partners()) {
            if (contacts.find(p.contact()).isEmpty()) throw new BusinessRuleViolated("partners", "There is no such contact.");
            roles.ensure(p.contact(), ContactRole.PARTNER);
        }
        if (terms.actualCost() != null && terms.actualCost().compareTo(item.cost()) != 0) {
            // one cost: the item's, changed the way inventory changes it (and the books revalue the stock)
            work.require(Permission.CAN_VIEW_COST);
            work.requireOnItem(item, "Edit");
            item = editing.save(itemId, withCost(item, terms.actualCost()));
        }
        PartnershipId id;
        if (current.isPresent()) {
            id = current.get().id();
            work.partnerships.update(id, terms.partnershipValue(), terms.partners());
        } else {
            int cycle = work.partnerships.latest(itemId).map(p -> p.cycle() + 1).orElse(1);
            id = work.partnerships.insert(itemId, cycle, terms.partnershipValue(), terms.partners());
        }
        Partnership saved = work.partnerships.get(id);
        BigDecimal value = saved.value(item.cost());
        work.publish(new PartnershipCapitalChanged(com.jeweltrak.platform.tenancy.TenantContext.requireTenant(), id,
                item.store(), item.stockId(), work.today(item.store()),
                saved.partners().stream().filter(PartnerShare::owner)
                        .map(p -> new PartnershipCapitalChanged.Capital(p.contact(), PayoutPolicy.capital(value, p)))
                        .toList()));
        return id;
    }

    private static Item withCost(Item item, BigDecimal cost) {
        if (cost.signum() < 0) throw new BusinessRuleViolated("actualCost", "The Actual Cost cannot be below zero.");
        return new Item(item.id(), item.stockNumber(), item.store(), item.category(), item.vendor(), item.description(),
                item.identifiers(), item.taxable(), item.purchaseDate(), cost, item.prices(), item.quantities(),
                item.details());
    }
}
