package com.jeweltrak.sales;

/**
 * Units of a memo's lines were invoiced, or taken back off an invoice (02-sales §Memos R5; §Reversing R2, R5): the memo's
 * counts and pill changed, so whatever shows the memo elsewhere (its search entry) follows. Published in the
 * transaction that changed them.
 */
public record MemoInvoicingChanged(long memoId) {
}
