package com.jeweltrak.platform.files;

/** A stored file of the tenant. */
public record FileId(long value) implements java.io.Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
