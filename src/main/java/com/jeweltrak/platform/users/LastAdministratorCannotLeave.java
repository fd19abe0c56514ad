package com.jeweltrak.platform.users;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Permissions R16: no change may leave the organization without an active user who can manage users. */
public class LastAdministratorCannotLeave extends BusinessRuleViolated {

    public LastAdministratorCannotLeave() {
        super("This would leave nobody active who can manage users. Give another active user that right first.");
    }
}
