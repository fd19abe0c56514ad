/**
 * Contacts (07-contacts): one list of the people and businesses a jeweler deals with, each a customer,
 * vendor and/or partner; duplicate consolidation, resale certificates, birthday and anniversary
 * greetings, business-card scanning.
 * <p>
 * It depends on the platform module only. Later modules point their documents at a contact by id,
 * add a missing role through {@link com.jeweltrak.contacts.ContactRoles} when a contact is picked in
 * a role (Unified Contacts R7), and register the columns that point at contacts as
 * {@link com.jeweltrak.contacts.ContactReference} beans so a merge moves their rows too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package com.jeweltrak.contacts;
