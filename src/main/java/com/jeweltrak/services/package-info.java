/**
 * Services (03-services): work orders — repairs, custom jobs and production pieces — with their stages, and the
 * board whose lanes come only from a job's status (§0, §1).
 * <p>
 * It depends on platform (tenancy, numbering, lists, web) and on contacts: a job's customer and vendor are contacts,
 * intake gives the customer the Customer role, and a merge moves the jobs through {@link
 * com.jeweltrak.contacts.ContactReference} beans. It depends on sales to invoice a job (§3 R7: OpeningAnInvoice, a
 * line, its held deposits applied as DEPOSIT payments) and to move a cancelled job's deposit to the customer's store
 * credit (§3 R8: StoreCredits); sales never depends on services. Deposits reach the books through services' own events
 * ({@code WorkOrderDepositTaken}, {@code WorkOrderDepositReturned}), which accounting follows. It depends on inventory
 * for stone services (§11): a stone job names an owned loose stone, whose OutForService flag, carats (stock ledger) and
 * cost inventory keeps; inventory never depends on services (its item page shows the send-out through its ItemTabs /
 * ItemMarks extension points).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts", "sales", "inventory"})
package com.jeweltrak.services;
