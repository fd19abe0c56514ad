package com.jeweltrak.services;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.features.Feature;
import com.jeweltrak.platform.features.Features;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money side of a status change (03-services §14): a job reaches Cancelled only when no deposit is still held —
 * each is refunded or moved to store credit first, and no invoice is made (§3 R8). On Ready for pickup, with the Job
 * Automation feature on (decision 9), the customer's job is invoiced with its deposits applied (§1 R11, §3 R7) — unless
 * it already is, or has no price yet (then staff use Create Invoice once it is priced; the status change stands).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DepositsFollowTheStatus {

    private final WorkOrderDeposits deposits;
    private final Features features;
    private final InvoicingTheJob invoicing;
    private final WorkOrders workOrders;

    DepositsFollowTheStatus(WorkOrderDeposits deposits, Features features, InvoicingTheJob invoicing, WorkOrders workOrders) {
        this.deposits = deposits;
        this.features = features;
        this.invoicing = invoicing;
        this.workOrders = workOrders;
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
        if (event.to() == WorkOrderStatus.RP && features.on(Feature.JOB_AUTOMATION)
                && deposits.invoiceOf(event.workOrder()).isEmpty()) {
            WorkOrder job = workOrders.get(event.workOrder());
            boolean priced = job.priceQuoted() != null || job.unitPrice() != null;
            if (job.orderType().needsCustomer() && priced) invoicing.invoice(event.workOrder());
        }
    }
}
