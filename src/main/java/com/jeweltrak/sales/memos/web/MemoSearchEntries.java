package com.jeweltrak.sales.memos.web;

import com.jeweltrak.platform.search.SearchEntry;
import com.jeweltrak.platform.search.SearchIndex;
import com.jeweltrak.platform.search.SearchableType;
import com.jeweltrak.platform.users.Permission;
import com.jeweltrak.sales.memos.MemoId;
import com.jeweltrak.sales.memos.Memos;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A memo as the top search box finds it (Search R2, R7): "memo 12" or "12" by its number, or the customer's name;
 * behind Memos.View and the memo's store. Kept current by {@link com.jeweltrak.sales.memos.MemoChanged}.
 */
@Component
class MemoSearchEntries {

    private final SearchIndex index;
    private final Memos memos;
    private final MemoRows rows;

    MemoSearchEntries(SearchIndex index, Memos memos, MemoRows rows) {
        this.index = index;
        this.memos = memos;
        this.rows = rows;
    }

    @Configuration(proxyBeanMethods = false)
    static class Declaration {
        @Bean
        SearchableType memosSearchable() {
            return new SearchableType(MemoPeek.TYPE, "Memo", "Memos", Permission.key("Memos", "View"),
                    SearchableType.StoreRestriction.BY_ENTRY_STORE);
        }
    }

    /** Every change of a memo, whoever made it (pages, API, bulk action, demo data). */
    @org.springframework.context.event.EventListener
    void changed(com.jeweltrak.sales.memos.MemoChanged event) {
        reindex(event.memo());
    }

    /** Units invoiced from the memo, or taken back off an invoice (02-sales §Memos R5; §Reversing R5). */
    @org.springframework.context.event.EventListener
    void invoicing(com.jeweltrak.sales.MemoInvoicingChanged event) {
        reindex(new MemoId(event.memoId()));
    }

    @Transactional
    void reindex(MemoId id) {
        memos.find(id).ifPresent(memo -> {
            MemoRow row = rows.row(memo);
            index.index(new SearchEntry(MemoPeek.TYPE, id.value(), memo.store(), memo.numberText(),
                    "Memo " + memo.numberText() + " — " + row.customer(), row.date() + " · " + row.countsText(),
                    row.statusLabel(), row.customer()));
        });
    }
}
