package com.jeweltrak.services;

import com.jeweltrak.contacts.ContactRole;
import com.jeweltrak.platform.BusinessRuleViolated;

/** The rules of a stage, shared by adding and changing one. */
final class StageRules {

    private StageRules() {
    }

    static void check(WorkOrderWork work, StageDetails stage) {
        if (stage.name() == null || stage.name().isBlank()) throw new BusinessRuleViolated("name", "Name the stage.");
        if (stage.status() != null && !StageDetails.STATUSES.contains(stage.status())) {
            throw new BusinessRuleViolated("status", "A stage is pending, sent, returned or done.");
        }
        if (stage.expectedCost() != null && stage.expectedCost().signum() < 0) {
            throw new BusinessRuleViolated("expectedCost", "The expected cost cannot be negative.");
        }
        if (stage.actualCost() != null && stage.actualCost().signum() < 0) {
            throw new BusinessRuleViolated("actualCost", "The cost cannot be negative.");
        }
        if (stage.sentDate() != null && stage.dueDate() != null && stage.dueDate().isBefore(stage.sentDate())) {
            throw new BusinessRuleViolated("dueDate", "The due date cannot be before the date it was sent.");
        }
        if (stage.vendor() != null) work.ensure(stage.vendor(), ContactRole.VENDOR, "vendorId", "There is no such vendor.");
    }
}
