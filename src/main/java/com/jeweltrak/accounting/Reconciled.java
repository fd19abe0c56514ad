package com.jeweltrak.accounting;

import java.math.BigDecimal;

/** What one {@link ReconciliationCheck} found: the journal's figure and the documents' figure, which must agree. */
public record Reconciled(String name, BigDecimal books, BigDecimal documents) {

    public boolean agrees() {
        return books.compareTo(documents) == 0;
    }
}
