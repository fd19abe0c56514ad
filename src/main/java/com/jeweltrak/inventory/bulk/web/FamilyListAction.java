package com.jeweltrak.inventory.bulk.web;

import java.util.function.BiPredicate;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.inventory.bulk.FamilyLists;
import com.jeweltrak.platform.lists.BulkAction;
import com.jeweltrak.platform.security.CurrentUser;

/**
 * An inventory bulk action that asks first (see {@link BulkAction}): offered on all five family lists, to a user
 * the family's permissions allow (Inventory.Edit for jewelry, Diamonds.Edit for diamonds …).
 */
record FamilyListAction(String key, String label, String permission, String form,
                        BiPredicate<Family, CurrentUser> allowed) implements BulkAction {

    static final String LISTS = "inventory.*";

    @Override
    public String list() {
        return LISTS;
    }

    @Override
    public boolean actsOn(String listKey) {
        return FamilyLists.familyOf(listKey).isPresent();
    }

    @Override
    public boolean allows(String listKey, CurrentUser user) {
        return FamilyLists.familyOf(listKey).filter(f -> allowed.test(f, user)).isPresent();
    }
}
