package com.jeweltrak.contacts;

import com.jeweltrak.platform.BusinessRuleViolated;

/** A merged contact is history: work goes to the contact it was merged into (Consolidation R5). */
public class ContactWasMerged extends BusinessRuleViolated {

    private final ContactId survivor;

    public ContactWasMerged(ContactId merged, ContactId survivor) {
        super("This contact was merged into contact " + survivor + "; use that one.");
        this.survivor = survivor;
    }

    public ContactId survivor() {
        return survivor;
    }
}
