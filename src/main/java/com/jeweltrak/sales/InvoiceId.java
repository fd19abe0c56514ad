package com.jeweltrak.sales;

/** An invoice (the database id; people use its number, which is per store). */
public record InvoiceId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
