package com.jeweltrak.inventory.tags.web;

import java.util.List;

import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.bulk.FamilyLists;
import com.jeweltrak.inventory.bulk.SelectedItems;
import com.jeweltrak.inventory.tags.TagDefaults;
import com.jeweltrak.platform.lists.BulkAction;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * "Print tags" on the five inventory lists (04-inventory §Bulk Actions; §Printing Barcode Tags R2): the selected
 * items join the user's print queue with their default number of copies, and the user goes to the queue.
 * It only lines tags up, so it runs at once without asking.
 */
@Component
class PrintSelectedTags implements BulkAction {

    private final SelectedItems selected;
    private final TagDefaults defaults;

    PrintSelectedTags(SelectedItems selected, TagDefaults defaults) {
        this.selected = selected;
        this.defaults = defaults;
    }

    @Override
    public String list() {
        return "inventory.*";
    }

    @Override
    public boolean actsOn(String listKey) {
        return FamilyLists.familyOf(listKey).isPresent();
    }

    @Override
    public boolean allows(String listKey, CurrentUser user) {
        return FamilyLists.familyOf(listKey).filter(f -> user.can(f.viewPermission())).isPresent();
    }

    @Override
    public String key() {
        return "print-tags";
    }

    @Override
    public String label() {
        return "Print tags";
    }

    @Override
    public String permission() {
        return "Inventory.View";
    }

    @Override
    public boolean confirms() {
        return false;
    }

    @Override
    public String next() {
        return "/inventory/print-tags";
    }

    @Override
    public String run(Run run) {
        List<Item> items = selected.of(FamilyLists.familyOf(run.listKey()).orElseThrow(), run.ids());
        int copies = defaults.of(CurrentUser.require().id()).copies();
        PrintQueue queue = PrintQueue.of(run.session());
        items.forEach(i -> queue.add(i.id().value(), copies));
        queue.saveIn(run.session());
        return items.size() == 1 ? "1 item added to the print queue." : items.size() + " items added to the print queue.";
    }
}
