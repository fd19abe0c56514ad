package com.jeweltrak.services;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money side of a status change (03-services §14): a job reaches Cancelled only when no deposit is still held —
 * each is refunded or moved to store credit first, and no invoice is made (§3 R8).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DepositsFollowTheStatus {

    private final WorkOrderDeposits deposits;

    DepositsFollowTheStatus(WorkOrderDeposits deposits) {
        this.deposits = deposits;
    }

    @EventListener
    void on(WorkOrderStatusChanged event) {
        if (event.to() == WorkOrderStatus.CANCELLED) {
            BigDecimal held = deposits.held(event.workOrder());
            if (held.signum() > 0) {
                throw new BusinessRuleViolated("status", "The job still holds " + held.setScale(2).toPlainString()
                        + " of deposits: refund each deposit or move it to the customer's store credit before cancelling.");
            }
        }
    }
}
