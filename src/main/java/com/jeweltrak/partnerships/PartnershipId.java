package com.jeweltrak.partnerships;

/** A partnership cycle of one item (the database id). */
public record PartnershipId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
