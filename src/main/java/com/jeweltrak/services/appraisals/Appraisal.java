package com.jeweltrak.services.appraisals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;

/** One appraisal as read (03-services §13): header, the appraiser, the items; the total is computed, never stored. */
public record Appraisal(AppraisalId id, StoreId store, long number, ContactId customer, LocalDate date,
                        AppraisalPurpose purpose, String headerNotes, String appraiserName, String appraiserTitle,
                        AppraisalStatus status, AppraisalId revises, Long revisesNumber, List<AppraisalItem> items) {

    public Appraisal {
        items = List.copyOf(items);
    }

    public String numberText() {
        return Long.toString(number);
    }

    public boolean finalized() {
        return status == AppraisalStatus.FINALIZED;
    }

    /** R4: the sum of the items' appraised values, rounded to cents as totals are (decision 10). */
    public BigDecimal total() {
        return items.stream().map(AppraisalItem::appraisedValue).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public AppraisalItem item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Appraisal item", itemId));
    }

    /** R6: only a draft is changed. */
    public void checkEditable() {
        if (finalized()) throw new AppraisalIsFinalized(number);
    }

    /** A document without a piece on it states nothing. */
    public void checkFinalizable() {
        checkEditable();
        if (items.isEmpty()) throw new BusinessRuleViolated("items", "Add at least one item before finalizing.");
    }
}
