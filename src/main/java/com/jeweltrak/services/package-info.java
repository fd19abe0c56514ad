/**
 * Services (03-services): work orders — repairs, custom jobs and production pieces — with their stages, and the
 * board whose lanes come only from a job's status (§0, §1).
 * <p>
 * It depends on platform (tenancy, numbering, lists, web) and on contacts: a job's customer and vendor are contacts,
 * intake gives the customer the Customer role, and a merge moves the jobs through {@link
 * com.jeweltrak.contacts.ContactReference} beans. It does not depend on sales yet (invoicing a job comes later).
 * It depends on inventory for stone services (§11): a stone job names an owned loose stone, whose OutForService flag,
 * carats (stock ledger) and cost inventory keeps; inventory never depends on services (its item page shows the
 * send-out through its ItemTabs / ItemMarks extension points).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts", "inventory"})
package com.jeweltrak.services;
