package com.jeweltrak.services.stones.web;

import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ItemTabs;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.OutForService;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * 03-services §11 R1: the Service tab on the page of a diamond, colored stone or pearl — Send Out for Service, or where
 * the stone is while it is out — for whoever may see the item and the jobs.
 */
@Component
class StoneServiceItemTabs implements ItemTabs {

    private final Items items;

    StoneServiceItemTabs(Items items) {
        this.items = items;
    }

    @Override
    public List<Tab> tabsFor(ItemId item) {
        return items.find(item)
                .filter(i -> OutForService.isLooseStone(i.family()))
                .filter(i -> CurrentUser.get().map(me -> me.can(i.family().permission("View")) && me.can("Repairs.View"))
                        .orElse(false))
                .map(i -> List.of(new Tab("stone-service", "Service", "/stone-services/items/" + item.value())))
                .orElse(List.of());
    }
}
