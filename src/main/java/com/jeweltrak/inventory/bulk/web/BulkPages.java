package com.jeweltrak.inventory.bulk.web;

import java.util.List;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.Item;
import com.jeweltrak.inventory.bulk.FamilyLists;
import com.jeweltrak.inventory.bulk.SelectedItems;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.lists.BulkActions;
import com.jeweltrak.platform.lists.ListSelection;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every inventory bulk page starts from: the list's selection for that action (404 when the action is not
 * offered to this user on that list), narrowed to the items they may act on, and the way back to the list.
 */
@Component
class BulkPages {

    /** The selection an action's page works on. */
    record Selection(String listKey, Family family, List<Item> items, String backUrl) {
        boolean isEmpty() {
            return items.isEmpty();
        }
    }

    private final BulkActions actions;
    private final ListSelection selection;
    private final SelectedItems selected;

    BulkPages(BulkActions actions, ListSelection selection, SelectedItems selected) {
        this.actions = actions;
        this.selection = selection;
        this.selected = selected;
    }

    Selection of(String listKey, String actionKey, HttpSession session) {
        BulkActions.Target target = actions.target(listKey, actionKey, session);
        Family family = FamilyLists.familyOf(target.listKey()).orElseThrow(() -> new RecordNotFound("List", listKey));
        return new Selection(target.listKey(), family, selected.of(family, target.ids()), target.backUrl());
    }

    /** Done: the selection is used up (a refused run keeps it, so the user can change it and try again). */
    void done(Selection used, HttpSession session) {
        selection.clear(session, used.listKey());
    }

    void describe(Selection s, Model model) {
        model.addAttribute("selection", s);
    }
}
