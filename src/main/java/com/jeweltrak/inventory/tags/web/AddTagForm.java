package com.jeweltrak.inventory.tags.web;

/** A StockID typed or scanned into the print queue's box, and how many tags it needs. */
record AddTagForm(String stockId, Integer copies) {
}
