package com.jeweltrak.contacts.merging;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.platform.BusinessRuleViolated;

/** R12: a contact cannot be both the primary and one of its secondaries. */
public class CannotMergeIntoItself extends BusinessRuleViolated {

    CannotMergeIntoItself(ContactId contact) {
        super("secondaries", "Contact #" + contact + " is the primary; it cannot also be merged into itself.");
    }
}
