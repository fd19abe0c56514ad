package com.jeweltrak.sales;

/** A payment received from a customer on account — a receipt (08-accounting §Applying Payments). */
public record CustomerPaymentId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
