package com.jeweltrak.contacts;

import java.util.List;

/**
 * Lifetime figures of a contact for the Transactions tab (09-reports §3 R5: lifetime net spend, open AR balance, items
 * on memo, last purchase date): the modules that own the documents declare one as a bean; contacts knows none of them.
 * An implementation answers only what the person looking may see (an empty list otherwise).
 */
public interface ContactFigures {

    List<Figure> of(ContactId contact);

    /** One figure as the tab shows it, e.g. "Open AR balance" / "$1,250.00"; {@code url} may be null. */
    record Figure(String label, String value, String url) {
    }
}
