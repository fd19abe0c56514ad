package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.StoreId;

/**
 * One memo as read in the transaction that acts on it (02-sales §Memos): header, terms and lines. The pill and counts
 * are computed from the lines (R3, R4); each {@code check…} method refuses what the memo's state does not allow.
 */
public record Memo(MemoId id, StoreId store, long number, ContactId customer, LocalDate date,
                   LocalDate expectedReturn, String terms, String notes, Instant voidedAt, List<MemoLine> lines) {

    public Memo {
        lines = List.copyOf(lines);
    }

    public String numberText() {
        return Long.toString(number);
    }

    public boolean voided() {
        return voidedAt != null;
    }

    public MemoCounts counts() {
        return MemoCounts.of(lines);
    }

    public MemoPill pill() {
        return counts().pill();
    }

    /** The pill's words, or Voided for a memo that was voided (its stock came back; the lines stay for the record). */
    public String statusLabel() {
        return voided() ? "Voided" : pill().label();
    }

    public MemoLine line(long lineId) {
        return lines.stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Memo line", lineId));
    }

    /** A voided memo is final: nothing is added, removed or returned. */
    public void checkNotVoided() {
        if (voided()) throw new MemoIsVoided(numberText());
    }

    /** An item is on a memo once; more units of it are the line's quantity. */
    public void checkItemNotOnIt(ItemId item, String stockId) {
        if (lines.stream().anyMatch(l -> item.equals(l.item()))) {
            throw new BusinessRuleViolated("stockId", "StockID " + stockId + " is already on memo " + numberText() + ".");
        }
    }

    /** Only a line nothing came back from and nothing was invoiced from is taken off; else the receipt is unwound. */
    public void checkLineRemovable(MemoLine line) {
        checkNotVoided();
        if (!line.untouched()) {
            throw new BusinessRuleViolated("line", line.label() + " has units returned or invoiced; remove those from "
                    + "the return receipt or the invoice first.");
        }
    }

    /** Voiding gives every unit back; a memo something came back from or was sold from is settled through those. */
    public void checkVoidable() {
        checkNotVoided();
        if (lines.stream().anyMatch(l -> !l.untouched())) {
            throw new BusinessRuleViolated("memo", "Memo " + numberText() + " has lines returned or invoiced; it cannot "
                    + "be voided. Return what is still out instead.");
        }
    }

    /** R7: what comes back is at most what is out on the line. */
    public void checkReturnable(MemoLine line, BigDecimal quantity) {
        checkNotVoided();
        if (quantity.signum() <= 0) throw new BusinessRuleViolated("quantity", "Return a positive quantity.");
        checkThreeDecimals(quantity);
        if (quantity.compareTo(line.out()) > 0) {
            throw new BusinessRuleViolated("quantity", line.label() + " has " + MemoCounts.units(line.out())
                    + " out on memo " + numberText() + "; " + MemoCounts.units(quantity) + " cannot come back.");
        }
    }

    /** §Memos R5, R7: what is invoiced is at most what is out on the line. */
    public void checkInvoiceable(MemoLine line, BigDecimal quantity) {
        checkNotVoided();
        if (quantity.signum() <= 0) throw new BusinessRuleViolated("quantity", "Invoice a positive quantity.");
        checkThreeDecimals(quantity);
        if (quantity.compareTo(line.out()) > 0) {
            throw new BusinessRuleViolated("quantity", line.label() + " has " + MemoCounts.units(line.out())
                    + " out on memo " + numberText() + "; " + MemoCounts.units(quantity) + " cannot be invoiced.");
        }
    }

    /** Quantities are kept to 3 decimals (numeric(12,3)): more would be rounded silently, so it is refused. */
    static void checkThreeDecimals(BigDecimal quantity) {
        if (quantity.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleViolated("quantity", "Enter the quantity with at most 3 decimals.");
        }
    }
}
