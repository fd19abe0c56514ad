package com.jeweltrak.sales.memos.web;

import java.util.List;

import com.jeweltrak.inventory.ItemDocuments;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The memos an item went out on, for the item page: who has it (or had it) and the memo's pill. Memos.View only. */
@Component
class MemoItemDocuments implements ItemDocuments {

    private final MemoRows rows;

    MemoItemDocuments(MemoRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Line> holding(ItemId item, int limit) {
        if (CurrentUser.get().isEmpty() || !CurrentUser.require().can("Memos.View")) return List.of();
        return rows.where("exists (select 1 from memo_line l where l.tenant_id = m.tenant_id and l.memo_id = m.id"
                        + " and l.item_id = :value)", item.value(), limit).stream()
                .map(r -> new Line(r.date(), "Memo", Long.toString(r.number()), r.customer(), r.value(), r.statusLabel(),
                        "/sales/memos/" + r.id(), "/peek/memo/" + r.id()))
                .toList();
    }
}
