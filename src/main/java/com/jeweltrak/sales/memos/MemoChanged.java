package com.jeweltrak.sales.memos;

/**
 * Something about a memo changed — issued, a line added or removed, terms changed, a return saved or unwound, voided —
 * published in the use case's transaction, so whatever shows the memo elsewhere (the top search's entry) follows every
 * path: pages, API, bulk action and demo data alike.
 */
public record MemoChanged(MemoId memo) {
}
