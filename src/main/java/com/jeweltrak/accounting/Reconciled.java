package com.jeweltrak.accounting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A {@link ReconciliationCheck}'s answer: what the journal says ({@code books}), what the documents say
 * ({@code documents}); they agree when equal to the cent.
 */
public record Reconciled(String name, BigDecimal books, BigDecimal documents) {

    public Reconciled {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(books, "books");
        Objects.requireNonNull(documents, "documents");
    }

    public boolean agrees() {
        return books.compareTo(documents) == 0;
    }

    public BigDecimal difference() {
        return books.subtract(documents);
    }
}
