package com.jeweltrak.platform.web;

/** The record is in a state that does not allow this (409): e.g. finalizing a voided invoice. */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
