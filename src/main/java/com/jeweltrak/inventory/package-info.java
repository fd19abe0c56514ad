/**
 * Inventory (04-inventory): items of five families with their own attributes, the stock ledger their
 * quantities are a cache of, pricing multipliers, and the pages and API around them.
 * <p>
 * It depends on platform and on contacts: an item names its vendor (a contact in the Vendor role, given the
 * role when picked — Unified Contacts R7) and declares {@code item.vendor_id} as a contact reference so a
 * contact merge moves it. Documents of other modules change stock only through {@link com.jeweltrak.inventory.StockLedger}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts"})
package com.jeweltrak.inventory;
