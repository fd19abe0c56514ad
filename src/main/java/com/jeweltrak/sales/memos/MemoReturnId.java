package com.jeweltrak.sales.memos;

/** A memo return receipt's database id (not its number, which is per store). */
public record MemoReturnId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
