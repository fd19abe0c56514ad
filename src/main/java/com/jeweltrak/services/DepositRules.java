package com.jeweltrak.services;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When a job takes deposits (03-services §3 R1): a customer's job, still open, not yet invoiced. */
final class DepositRules {

    private DepositRules() {
    }

    static void checkTakesDeposits(WorkOrder job, JdbcClient jdbc) {
        if (!job.orderType().needsCustomer()) {
            throw new BusinessRuleViolated("amount", "A production job has no customer to take a deposit from.");
        }
        if (job.status().isEnd()) {
            throw new BusinessRuleViolated("amount", "The job is " + job.status().label().toLowerCase() + ": it takes no deposit.");
        }
        Long invoice = jdbc.sql("select invoice_id from work_order where id = ?").param(job.id().value())
                .query((rs, n) -> rs.getObject(1, Long.class)).optional().orElse(null);
        if (invoice != null) {
            throw new BusinessRuleViolated("amount", "Job " + job.numberText() + " is invoiced: take further payments on "
                    + "its invoice.");
        }
    }
}
