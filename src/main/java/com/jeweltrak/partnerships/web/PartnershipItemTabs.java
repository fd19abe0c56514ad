package com.jeweltrak.partnerships.web;

import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ItemTabs;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The item page's Partnership tab (02-sales §Partnerships UI): shown to whoever may view the item's family. */
@Component
class PartnershipItemTabs implements ItemTabs {

    private final Items items;

    PartnershipItemTabs(Items items) {
        this.items = items;
    }

    @Override
    public List<Tab> tabsFor(ItemId item) {
        return items.find(item)
                .filter(i -> CurrentUser.get().map(me -> me.can(i.family().permission("View"))).orElse(false))
                .map(i -> List.of(new Tab("partnership", "Partnership", "/partnerships/items/" + item.value())))
                .orElse(List.of());
    }
}
