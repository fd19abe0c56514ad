package com.jeweltrak.services;

public record WorkOrderId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
