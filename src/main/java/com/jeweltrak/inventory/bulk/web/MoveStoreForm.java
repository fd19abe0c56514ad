package com.jeweltrak.inventory.bulk.web;

/** Move to store: which list's selection, and the store picked. */
record MoveStoreForm(String list, Long storeId) {
}
