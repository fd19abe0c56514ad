package com.jeweltrak.platform.tenancy;

import java.time.LocalDate;
import java.util.List;

/**
 * Moving Closed Through (08-accounting §Period Close R4–R7) is one use case, whichever page asks for it: Settings →
 * Period Close or the Closed Through field of Settings → Organization. The accounting module implements it (the
 * close log, the sanity check); settings reaches it through this interface, since it may depend on platform only.
 */
public interface PeriodClose {

    /**
     * Sets, moves or clears (null) Closed Through. Closing further than before is refused while the sanity check
     * (R5) lists items in the period, unless {@code acknowledged} says the user has seen them.
     */
    void moveClosedThrough(LocalDate closedThrough, boolean acknowledged);

    /**
     * Something a module wants looked at before the period up to a date is locked (R5): draft invoices, unallocated
     * payments. Modules contribute beans; the Period Close page lists what they find.
     */
    interface Check {

        record Attention(String what, long count, String link) {
        }

        List<Attention> attentionThrough(LocalDate closedThrough);
    }
}
