/**
 * Partnerships (02-sales §Partnerships, issue 8): co-owned inventory. A {@link Partnership} on an item names its
 * partners and their splits; selling the item records a {@code partnership_sale} that owes a reconciliation; the
 * reconciliation pays each partner (suggested by {@link PayoutPolicy}, decision 3) and keeps a permanent snapshot.
 * The Sell to Partner flow settles through a sales invoice ({@code sales.SettlingWithAPartner}) and reconciles itself
 * when that invoice is paid in full.
 * <p>
 * It depends on platform, contacts (partners are contacts in the Partner role), inventory (the item and its one
 * cost) and sales (its invoice events and the settlement invoice). Sales and inventory never depend on it: they offer
 * extension points it implements ({@code ItemTabs}, {@code ItemMarks}). Accounting follows its events
 * ({@link PartnershipCapitalChanged}, {@link PartnershipReconciled}, {@link PartnershipReconciliationReversed}).
 * <p>
 * Permissions: the item family's View permission shows the Partnership tab, its Edit permission sets a partnership up
 * (and CanViewCost to change the Actual Cost); the Partnerships page needs Invoices.View (cost figures need
 * CanViewCost); reconciling, Sell to Partner and starting a new cycle need Invoices.Edit and CanViewCost.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts", "inventory", "sales"})
package com.jeweltrak.partnerships;
