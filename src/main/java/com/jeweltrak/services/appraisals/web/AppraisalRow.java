package com.jeweltrak.services.appraisals.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jeweltrak.services.appraisals.AppraisalStatus;

/** One appraisal as the list, the peek and the search show it: names resolved, total computed once. */
public record AppraisalRow(long id, long number, LocalDate date, String store, String customer, String purpose,
                           AppraisalStatus status, int items, BigDecimal total) {

    public String statusLabel() {
        return status.label();
    }

    public String badgeClass() {
        return "text-bg-" + status.tone();
    }

    public String totalText() {
        return String.format(java.util.Locale.US, "%,.2f", total);
    }

    public String itemsText() {
        return items + (items == 1 ? " item" : " items");
    }
}
