package com.jeweltrak.sales.memos;

/** A memo's database id (not its number, which is per store). */
public record MemoId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
