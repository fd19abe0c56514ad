package com.jeweltrak.platform.tenancy;

/** An organization using JewelTrak. Every business row belongs to exactly one. */
public record TenantId(long value) {

    public TenantId {
        if (value <= 0) throw new IllegalArgumentException("tenant id must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
