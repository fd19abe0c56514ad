package com.jeweltrak.sales.memos.web;

import java.util.Arrays;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.lists.BulkAction;
import org.springframework.stereotype.Component;

/** "Memo selected items" on the five inventory lists (04-inventory §Bulk Actions R2): asks first, on its own page. */
@Component
class MemoSelectedItems implements BulkAction {

    static final String KEY = "memo";

    @Override
    public String list() {
        return "inventory.*";
    }

    @Override
    public boolean actsOn(String listKey) {
        return Arrays.stream(Family.values()).anyMatch(f -> ("inventory." + f.slug()).equals(listKey));
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Memo selected items";
    }

    @Override
    public String permission() {
        return "Memos.Create";
    }

    @Override
    public String form() {
        return "/sales/memos/bulk";
    }
}
