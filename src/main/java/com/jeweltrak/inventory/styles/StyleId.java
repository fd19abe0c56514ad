package com.jeweltrak.inventory.styles;

/** A style of the tenant's catalog. */
public record StyleId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
