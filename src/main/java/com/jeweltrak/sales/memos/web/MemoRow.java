package com.jeweltrak.sales.memos.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.sales.memos.MemoCounts;
import com.jeweltrak.sales.memos.MemoPill;

/** One memo as the list, the peek and the histories show it: names resolved, pill and counts computed once. */
public record MemoRow(long id, long number, LocalDate date, LocalDate expectedReturn, String store, String customer,
                      MemoPill pill, boolean voided, MemoCounts counts, BigDecimal value) {

    public String statusLabel() {
        return voided ? "Voided" : pill.label();
    }

    public String badgeClass() {
        return voided ? "text-bg-secondary" : "text-bg-" + pill.tone();
    }

    public String countsText() {
        return counts.text();
    }

    public String outText() {
        return MemoText.units(counts.out());
    }

    public String returnedText() {
        return MemoText.units(counts.returned());
    }

    public String valueText() {
        return MemoText.money(value);
    }
}
