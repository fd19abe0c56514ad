package com.jeweltrak.services.appraisals;

/** An appraisal's database id (not its number, which is per store). */
public record AppraisalId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
