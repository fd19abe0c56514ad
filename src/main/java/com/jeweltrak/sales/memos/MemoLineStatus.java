package com.jeweltrak.sales.memos;

/** A memo line's status (02-sales §Memos, Data), derived from its quantities — see {@link MemoLine#status()}. */
public enum MemoLineStatus {
    ON_MEMO("On Memo"), RETURNED("Returned"), INVOICED("Invoiced");

    private final String label;

    MemoLineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
