package com.jeweltrak.contacts;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A role cannot go while the contact has open business in it (Unified Contacts R11). */
public class RoleStillInUse extends BusinessRuleViolated {

    public RoleStillInUse(Contact contact, ContactRole role, String reason) {
        super(role.key(), contact.displayName() + " stays a " + role.label() + ": " + reason + ".");
    }
}
