package com.jeweltrak.contacts.merging;

import com.jeweltrak.contacts.Contact;
import com.jeweltrak.platform.BusinessRuleViolated;

/** R12: an already-merged contact cannot be picked, as primary or as secondary. */
public class ContactAlreadyMerged extends BusinessRuleViolated {

    ContactAlreadyMerged(String field, Contact contact) {
        super(field, contact.name().full() + " (#" + contact.id() + ") was already merged into contact #"
                + contact.mergedInto() + "; choose that one instead.");
    }
}
