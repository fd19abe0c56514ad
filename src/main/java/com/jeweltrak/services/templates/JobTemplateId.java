package com.jeweltrak.services.templates;

public record JobTemplateId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
