package com.jeweltrak.sales.memos.web;

import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.contacts.ContactTransactions;
import com.jeweltrak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The customer's memos on the contact page's Transactions tab (07-contacts: one shared history). */
@Component
class MemoContactTransactions implements ContactTransactions {

    private final MemoRows rows;

    MemoContactTransactions(MemoRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Line> recent(ContactId contact, int limit) {
        if (CurrentUser.get().isEmpty() || !CurrentUser.require().can("Memos.View")) return List.of();
        return rows.where("m.customer_id = :value", contact.value(), limit).stream()
                .map(r -> new Line(r.date(), "Memo", Long.toString(r.number()), r.countsText(), r.value(),
                        r.statusLabel(), "/sales/memos/" + r.id()))
                .toList();
    }
}
