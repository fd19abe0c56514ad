/**
 * Sales (02-sales): invoices with their lines, sales tax, tenders and lifecycle (Open → Finalized ⇄ Open,
 * → Voided), and later memos, returns, trade-ins and deposits.
 * <p>
 * It depends on platform, on contacts (an invoice's customer; resale certificates make a wholesale sale
 * tax-free) and on inventory (lines name items; finalizing commits stock through
 * {@link com.jeweltrak.inventory.StockLedger}; its bulk actions on the inventory lists use {@code inventory :: bulk}).
 * It never calls accounting: the books follow its events
 * ({@link InvoiceFinalized}, {@link InvoiceReopened}, {@link InvoiceVoided}, {@link PaymentReceived},
 * {@link PaymentVoided}, …), which accounting's posting rules handle synchronously inside the transaction that
 * publishes them (see {@code com.jeweltrak.accounting.posting}), so a posting is never lost nor made for a
 * document that rolled back.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts", "inventory",
        "inventory :: bulk", "inventory :: stones"})
package com.jeweltrak.sales;
