package com.jeweltrak.contacts;

/** A contact: a customer, vendor and/or partner of the tenant. */
public record ContactId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
