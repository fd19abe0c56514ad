package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 09-reports §3 Who Did I Sell This To?: every transaction that touched a StockID, for the item page's Transactions tab
 * (R1). Inventory contributes what its stock ledger alone knows (received, vendor return, scrapped, quantity adjusted);
 * the modules that own documents contribute theirs (sales: sold, returned, memo out / back) as beans. Inventory knows none
 * of them. An implementation shows only what the person looking may see (an empty list otherwise).
 */
public interface ItemHistory {

    List<Event> of(ItemId item);

    /** The kinds of event, in the order the type chips show them (§3 Data). */
    enum EventType {
        RECEIVED("Received"), MEMO_OUT("Memo out"), MEMO_RETURN("Memo return"), SOLD("Sold"), RETURNED("Returned"),
        VENDOR_RETURN("Vendor return"), SCRAPPED("Scrapped"), QTY_ADJUSTED("Qty adjusted"),
        PARTNERSHIP_RECONCILED("Partnership reconciled");

        private final String label;

        EventType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One row (§3 R2–R4): {@code document} names it ("Invoice 1042"), {@code party} the customer or vendor, {@code url}
     * / {@code peek} open the document (null when there is none); a voided document stays, {@code voided}, and is not
     * a sale.
     */
    record Event(LocalDate date, EventType type, String document, String party, BigDecimal quantity,
                 BigDecimal unitPrice, String by, boolean voided, String url, String peek) {
    }
}
