/**
 * Bulk actions on the inventory lists (04-inventory §Bulk Actions; §Pricing Multipliers R9): what a user can do
 * to many selected items at once — re-price them, move them to another store, put them on a customer's wishlist.
 * Each use case takes items already checked for the user's access ({@link com.jeweltrak.inventory.bulk.SelectedItems}),
 * re-reads them in its one transaction, lists the items it skips with the reason (R6) and files its audit entries
 * under one "bulk-…" request id, so the Audit Log shows each item changed as part of a bulk update (R10).
 * <p>
 * Exposed as the named interface {@code inventory :: bulk}: other modules' bulk actions on the inventory lists (sales'
 * "Invoice selected items", "Memo selected items") find the list's family ({@link com.jeweltrak.inventory.bulk.FamilyLists})
 * and the selected items the same way the inventory's own actions do.
 */
@org.springframework.modulith.NamedInterface("bulk")
package com.jeweltrak.inventory.bulk;
