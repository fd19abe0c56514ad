package com.jeweltrak.platform;

/**
 * The record does not exist for the caller — including when it belongs to another tenant, which
 * row-level security makes indistinguishable from absent. Always answered with 404.
 */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
