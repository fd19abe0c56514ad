package com.jeweltrak.contacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A module's documents for one contact — invoices, memos, repairs, purchase orders — for the contact
 * page's Transactions tab. Modules that own documents declare one as a bean; the tab lists them all,
 * newest first, across every role the contact plays (Unified Contacts: one shared history).
 */
public interface ContactTransactions {

    /** Newest first, at most {@code limit}. */
    List<Line> recent(ContactId contact, int limit);

    /** One document as the tab shows it; amount may be null for documents without one. */
    record Line(LocalDate date, String kind, String number, String description, BigDecimal amount, String status,
                String url) {
    }
}
