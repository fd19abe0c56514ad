package com.jeweltrak.inventory;

/** An inventory item (the database id; people use its StockID). */
public record ItemId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
