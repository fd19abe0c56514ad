package com.jeweltrak.services;

import com.jeweltrak.platform.BusinessRuleViolated;

/** The workflow does not go from the job's status to the one asked for (see {@link WorkOrderStatus}). */
public class StatusChangeNotAllowed extends BusinessRuleViolated {

    public StatusChangeNotAllowed(WorkOrderStatus from, WorkOrderStatus to) {
        super("status", from.isEnd()
                ? "The job is " + from.label().toLowerCase() + "; its status can no longer change."
                : "A job that is " + from.label().toLowerCase() + " cannot go to " + to.label().toLowerCase() + ".");
    }
}
