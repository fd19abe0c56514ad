package com.jeweltrak.sales;

/** A write-off of an invoice's balance as bad debt (08-accounting §Writing Off Invoices). */
public record WriteOffId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
