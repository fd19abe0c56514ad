package com.jeweltrak.platform.tenancy;

/** A person who signs in; unique within a tenant. */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
