package com.jeweltrak.inventory.counts;

import java.time.Instant;

import com.jeweltrak.inventory.Family;
import com.jeweltrak.platform.tenancy.StoreId;

/** One count session (04-inventory §Inventory Count Overview): a store and a family, open until finished or cancelled. */
public record InventoryCount(long id, long number, StoreId store, Family family, Status status, Instant startedAt,
                             Instant closedAt, int expectedItems, int foundItems) {

    public enum Status { OPEN, FINISHED, CANCELLED }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** "Count #12" — also the reason of the movements it writes. */
    public String title() {
        return "Count #" + number;
    }
}
