package com.jeweltrak.sales.memos.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.jeweltrak.sales.memos.Memo;
import com.jeweltrak.sales.memos.MemoCounts;
import com.jeweltrak.sales.memos.MemoReturn;

/** A memo over the API (design §5b): money and quantities as decimal strings, the number as a string, ids as numbers. */
record MemoJson(long id, String memoNumber, long storeId, long customerId, String memoDate, String expectedReturnDate,
                String terms, String notes, String status, boolean voided, Counts counts, List<LineJson> lines) {

    /** R3, R4: the pill's units. */
    record Counts(String out, String returned, String invoiced, String text) {
    }

    record LineJson(long id, Long itemId, String stockId, String description, String quantity, String unitPrice,
                    String adjustment, String net, String qtyReturned, String qtyInvoiced, String out, String status) {
    }

    static MemoJson of(Memo memo) {
        MemoCounts counts = memo.counts();
        return new MemoJson(memo.id().value(), memo.numberText(), memo.store().value(), memo.customer().value(),
                memo.date().toString(), memo.expectedReturn() == null ? null : memo.expectedReturn().toString(),
                memo.terms(), memo.notes(), memo.voided() ? "VOIDED" : memo.pill().name(), memo.voided(),
                new Counts(q(counts.out()), q(counts.returned()), q(counts.invoiced()), counts.text()),
                memo.lines().stream().map(l -> new LineJson(l.id(), l.item() == null ? null : l.item().value(), l.stockId(),
                        l.description(), q(l.quantity()), money(l.unitPrice()), money(l.adjustment()), money(l.net()),
                        q(l.qtyReturned()), q(l.qtyInvoiced()), q(l.out()), l.status().name())).toList());
    }

    static String q(BigDecimal quantity) {
        return MemoText.units(quantity);
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A memo return receipt over the API. */
    record ReturnJson(long id, String returnNumber, long storeId, long memoId, String memoNumber, String returnDate,
                      String notes, List<ReturnLineJson> lines) {

        record ReturnLineJson(long id, long memoLineId, String stockId, String description, String quantity) {
        }

        static ReturnJson of(MemoReturn r) {
            return new ReturnJson(r.id().value(), r.numberText(), r.store().value(), r.memo().value(),
                    Long.toString(r.memoNumber()), r.date().toString(), r.notes(), r.lines().stream()
                    .map(l -> new ReturnLineJson(l.id(), l.memoLine(), l.stockId(), l.description(), q(l.quantity())))
                    .toList());
        }
    }
}
