package com.jeweltrak.sales;

/** A tender taken on an invoice (cash, check, card, another method). */
public record PaymentId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
