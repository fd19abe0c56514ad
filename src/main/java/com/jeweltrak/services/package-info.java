/**
 * Services (03-services): work orders — repairs, custom jobs and production pieces — with their stages, and the
 * board whose lanes come only from a job's status (§0, §1).
 * <p>
 * It depends on platform (tenancy, numbering, lists, web) and on contacts: a job's customer and vendor are contacts,
 * intake gives the customer the Customer role, and a merge moves the jobs through {@link
 * com.jeweltrak.contacts.ContactReference} beans. It does not depend on sales or inventory yet (invoicing a job and
 * in-house repairs on a StockID come later).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts"})
package com.jeweltrak.services;
