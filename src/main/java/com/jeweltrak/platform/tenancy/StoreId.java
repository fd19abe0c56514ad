package com.jeweltrak.platform.tenancy;

/** One location of an organization; documents belong to a store. */
public record StoreId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
