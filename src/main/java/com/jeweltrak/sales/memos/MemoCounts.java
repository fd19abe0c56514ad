package com.jeweltrak.sales.memos;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The unit totals of a memo's lines — O out, R returned, I invoiced — and what they say (02-sales §Memos R3, R4). Lines
 * matter only through these three numbers, so the pill rules are checked on the counts alone.
 */
public record MemoCounts(BigDecimal out, BigDecimal returned, BigDecimal invoiced, int lines) {

    public static MemoCounts of(Collection<MemoLine> lines) {
        BigDecimal out = BigDecimal.ZERO, returned = BigDecimal.ZERO, invoiced = BigDecimal.ZERO;
        for (MemoLine line : lines) {
            out = out.add(line.out());
            returned = returned.add(line.qtyReturned());
            invoiced = invoiced.add(line.qtyInvoiced());
        }
        return new MemoCounts(out, returned, invoiced, lines.size());
    }

    /** R3, case by case. A memo with lines always has units (a line's quantity is positive). */
    public MemoPill pill() {
        if (lines == 0) return MemoPill.EMPTY;
        boolean o = out.signum() > 0, r = returned.signum() > 0, i = invoiced.signum() > 0;
        if (o) return r || i ? MemoPill.PARTIAL : MemoPill.OPEN;
        if (r && i) return MemoPill.CLOSED;
        if (r) return MemoPill.RETURNED;
        return MemoPill.INVOICED;
    }

    /** R4: "3 out · 1 returned · 2 invoiced". */
    public String text() {
        return units(out) + " out · " + units(returned) + " returned · " + units(invoiced) + " invoiced";
    }

    static String units(BigDecimal quantity) {
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }
}
