package com.jeweltrak.platform.users;

import com.jeweltrak.platform.BusinessRuleViolated;

/** The e-mail is someone's login already; logins are unique across JewelTrak so sign-in needs no organization. */
public class EmailAlreadyInUse extends BusinessRuleViolated {

    public EmailAlreadyInUse(String field) {
        super(field, "This e-mail is already used to sign in.");
    }
}
