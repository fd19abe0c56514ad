package com.jeweltrak.sales.memos.web;

/** The memo pages' forms (records, never the domain objects): text as typed, so nothing typed is lost. */
final class MemoForms {

    private MemoForms() {
    }

    /** Serializable: a refused one goes back to the list as a flash attribute, kept in the (JDBC) session. */
    record NewMemoForm(Long customerId, String expectedReturn, String terms) implements java.io.Serializable {
    }

    record HeaderForm(String expectedReturn, String terms, String notes) {
    }

    /** The StockID box; a quantity for multi-quantity items (one when empty). */
    record ScanForm(String stockId, String quantity) {
    }

    /** A misc line: no stock. */
    record LineForm(String description, String quantity, String unitPrice, String adjustment) {
    }

    /** The receipt's header; the quantities come as {@code qty-<memo line id>} fields. */
    record ReturnForm(String returnDate, String notes) {
    }

    record ActionsForm(String note) {
    }

    record EmailForm(String toAddress) {
    }
}
