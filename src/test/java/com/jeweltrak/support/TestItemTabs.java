package com.jeweltrak.support;

import java.util.List;

import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.ItemTabs;
import com.jeweltrak.inventory.Items;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stands in for another module's item tab (partnerships' Partnership tab): an item whose description contains
 * {@link TestItemMarks#MARKER} gets a "Co-owned" tab whose body is the item's Tag tab — no other test's item does.
 */
@Component
public class TestItemTabs implements ItemTabs {

    private final Items items;

    TestItemTabs(Items items) {
        this.items = items;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Tab> tabsFor(ItemId item) {
        String description = items.get(item).description();
        return description != null && description.contains(TestItemMarks.MARKER)
                ? List.of(new Tab("co-owned", "Co-owned", "/inventory/items/" + item + "/tag")) : List.of();
    }
}
