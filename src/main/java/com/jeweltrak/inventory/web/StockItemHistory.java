package com.jeweltrak.inventory.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jeweltrak.inventory.ItemHistory;
import com.jeweltrak.inventory.ItemId;
import com.jeweltrak.inventory.Items;
import com.jeweltrak.inventory.MovementKind;
import com.jeweltrak.inventory.StockLedger;
import com.jeweltrak.platform.tenancy.Stores;
import org.springframework.stereotype.Component;

/**
 * The item's own part of its history (09-reports §3 R1): receipts, returns to the vendor, scrap and quantity adjustments,
 * straight from the stock ledger. Movements a document made on a memo or an invoice are that document's module's to show
 * (with its customer and number), so they are left out here — except sales recorded on the ledger outside any invoice
 * (history brought over), which only the ledger knows.
 */
@Component
class StockItemHistory implements ItemHistory {

    private final StockLedger ledger;
    private final Items items;
    private final Stores stores;

    StockItemHistory(StockLedger ledger, Items items, Stores stores) {
        this.ledger = ledger;
        this.items = items;
        this.stores = stores;
    }

    @Override
    public List<Event> of(ItemId item) {
        var found = items.find(item);
        if (found.isEmpty()) return List.of();
        ZoneId zone = stores.get(found.get().store()).timeZone();
        return ledger.history(item).stream()
                .filter(m -> type(m) != null)
                .map(m -> new Event(LocalDate.ofInstant(m.at(), zone), type(m), m.kind().label(), m.reason(),
                        m.inStock(), null, m.by(), false, null, null))
                .toList();
    }

    private static EventType type(StockLedger.Recorded m) {
        boolean byDocument = m.documentType() != null && !m.documentType().isBlank();
        return switch (m.kind()) {
            case RECEIVE -> EventType.RECEIVED;
            case VENDOR_RETURN -> EventType.VENDOR_RETURN;
            case SCRAP -> EventType.SCRAPPED;
            case ADJUST, COUNT, CONSUME, RELEASE -> EventType.QTY_ADJUSTED;
            case SALE -> byDocument ? null : EventType.SOLD;
            case SALE_RETURN -> byDocument ? null : EventType.RETURNED;
            case MEMO_OUT, MEMO_RETURN -> null;
        };
    }
}
