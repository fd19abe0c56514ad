/**
 * Accounting (08-accounting): the chart of accounts, the double-entry journal, period close and the books' queries
 * (AR per customer, balances, tax payable, trial balance).
 * <p>
 * It depends on platform, contacts (the AR and deposit sub-ledger names the customer), sales and inventory, whose
 * events it follows (inventory's {@code StockMoved} keeps the Inventory account at cost): every posting rule listens synchronously, inside the transaction that published the event, so a document
 * and its journal entry commit or roll back together (design §4 "Money is a ledger"). Sales never calls it.
 * It also follows partnerships' events (partner capital, payouts and partner-sold settlements against Partner
 * equity, 02-sales §Partnerships); partnerships never calls it. It follows services' deposit events too (a work-order
 * deposit is held in Customer deposits until the job's invoice uses it, 03-services §3 R11); services never calls it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts", "sales", "inventory", "partnerships", "services"})
package com.jeweltrak.accounting;
