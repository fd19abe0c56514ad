package com.jeweltrak.inventory;

import java.util.List;

/**
 * Another module's tabs on the item page (e.g. partnerships' Partnership tab): each tab's body is loaded by htmx from
 * its {@code url} when the tab is first shown. Modules declare one as a bean; the implementer decides who sees a tab
 * (an empty list for someone who may not). Inventory knows none of them. Called outside any transaction: an
 * implementation that reads the database is {@code @Transactional(readOnly = true)}.
 */
public interface ItemTabs {

    List<Tab> tabsFor(ItemId item);

    /** {@code key} names the tab's pane (letters, digits, dashes); {@code url} serves the tab's body fragment. */
    record Tab(String key, String label, String url) {
        public Tab {
            if (key == null || !key.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("Bad tab key: " + key);
        }
    }
}
