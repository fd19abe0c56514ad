/**
 * Sales (02-sales): invoices with their lines, sales tax, tenders and lifecycle (Open → Finalized ⇄ Open,
 * → Voided), and later memos, returns, trade-ins and deposits.
 * <p>
 * It depends on platform, on contacts (an invoice's customer; resale certificates make a wholesale sale
 * tax-free) and on inventory (lines name items; finalizing commits stock through
 * {@link com.jeweltrak.inventory.StockLedger}). It never calls accounting: the books follow its events
 * ({@link InvoiceFinalized}, {@link InvoiceReopened}, {@link InvoiceVoided}, {@link PaymentReceived},
 * {@link PaymentVoided}), published in the same transaction through the event publication registry
 * (design §3), so a posting is never lost.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts", "inventory"})
package com.jeweltrak.sales;
