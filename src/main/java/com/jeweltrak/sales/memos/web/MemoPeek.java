package com.jeweltrak.sales.memos.web;

import java.util.Map;
import java.util.Optional;

import com.jeweltrak.platform.peek.Peek;
import com.jeweltrak.platform.peek.PeekProvider;
import com.jeweltrak.platform.security.CurrentUser;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.Memos;
import org.springframework.stereotype.Component;

/** A memo at a glance from the list or the search: customer, dates, pill and counts. */
@Component
class MemoPeek implements PeekProvider {

    static final String TYPE = "memo";

    private final Memos memos;
    private final MemoRows rows;

    MemoPeek(Memos memos, MemoRows rows) {
        this.memos = memos;
        this.rows = rows;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Memo";
    }

    @Override
    public String permission() {
        return Permission.key("Memos", "View");
    }

    @Override
    public Optional<Peek> peek(long id, CurrentUser viewer) {
        return memos.find(new MemoId(id)).filter(m -> viewer.mayAccess(m.store())).map(rows::row)
                .map(r -> new Peek("Memo " + r.number(), r.statusLabel(), "/sales/memos/" + id, "sales/memos/peek",
                        Map.of("peekMemo", r)));
    }
}
