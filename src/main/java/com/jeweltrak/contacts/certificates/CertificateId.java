package com.jeweltrak.contacts.certificates;

/** A resale certificate of the tenant. */
public record CertificateId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
