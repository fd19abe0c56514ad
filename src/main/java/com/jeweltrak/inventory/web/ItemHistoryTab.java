package com.jeweltrak.inventory.web;

import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ItemTabs;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** 09-reports §3 R1: the Transactions tab on every item page whose family the person may view. */
@Component
class ItemHistoryTab implements ItemTabs {

    private final Items items;

    ItemHistoryTab(Items items) {
        this.items = items;
    }

    @Override
    public List<Tab> tabsFor(ItemId item) {
        return items.find(item)
                .filter(i -> CurrentUser.get().map(me -> me.can(i.family().permission("View"))).orElse(false))
                .map(i -> List.of(new Tab("transactions", "Transactions", "/inventory/items/" + item.value() + "/transactions")))
                .orElse(List.of());
    }
}
