package com.jeweltrak.settings;

import com.jeweltrak.platform.BusinessRuleViolated;

/** Documents belong to a store (design §4): an organization with no active store could not sell anything. */
public class LastActiveStoreCannotClose extends BusinessRuleViolated {

    public LastActiveStoreCannotClose() {
        super("active", "This is the only active store. Add or reactivate another store before deactivating this one.");
    }
}
