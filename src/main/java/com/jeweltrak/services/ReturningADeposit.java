package com.jeweltrak.services;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.tenancy.TenantContext;
import com.jeweltrak.sales.StoreCredits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A held deposit goes back to the customer (03-services §3 R8, §14 "on cancel"): refunded from the work order — as cash,
 * check, or the way it came (a card deposit back to the card; the Stripe refund comes with Stripe) — or moved to the
 * customer's store credit (the same choice decision 1 gives on invoices). No invoice is made and voided for it. Until
 * no deposit is held the job cannot be cancelled ({@link DepositsFollowTheStatus}).
 */
@Component
public class ReturningADeposit {

    private final WorkOrderWork work;
    private final WorkOrderDeposits deposits;
    private final StoreCredits storeCredits;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReturningADeposit(WorkOrderWork work, WorkOrderDeposits deposits, StoreCredits storeCredits, JdbcClient jdbc,
                      ApplicationEventPublisher events) {
        this.work = work;
        this.deposits = deposits;
        this.storeCredits = storeCredits;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** R8: paid back by {@code method} (null: the way it was taken), with its reference (a check's number). */
    @Transactional
    public void refund(WorkOrderId id, long depositId, DepositMethod method, String reference) {
        WorkOrder job = work.workOrders.lock(id);
        WorkOrderDeposit deposit = heldDeposit(id, depositId);
        DepositMethod by = method == null ? deposit.method() : method;
        String ref = WorkOrderWork.blank(reference);
        if (by == DepositMethod.CHECK && ref == null) throw new BusinessRuleViolated("reference", "Enter the refund check's number.");
        if (ref != null && ref.length() > 60) throw new BusinessRuleViolated("reference", "At most 60 characters.");
        settle(deposit, "REFUNDED", by, ref);
        events.publishEvent(new WorkOrderDepositReturned(TenantContext.requireTenant(), depositId, id, job.numberText(),
                job.store(), work.today(job.store()), job.customer(), by, deposit.amount()));
    }

    /** R8: the customer leaves the money with the store as store credit (08-accounting §Store Credits). */
    @Transactional
    public void moveToStoreCredit(WorkOrderId id, long depositId) {
        WorkOrder job = work.workOrders.lock(id);
        WorkOrderDeposit deposit = heldDeposit(id, depositId);
        settle(deposit, "MOVED_TO_CREDIT", null, null);
        storeCredits.issueForDeposit(job.customer(), deposit.amount(), work.now(), work.actor());
        events.publishEvent(new WorkOrderDepositReturned(TenantContext.requireTenant(), depositId, id, job.numberText(),
                job.store(), work.today(job.store()), job.customer(), null, deposit.amount()));
    }

    private WorkOrderDeposit heldDeposit(WorkOrderId id, long depositId) {
        WorkOrderDeposit deposit = deposits.lock(id, depositId);
        if (!deposit.held()) {
            throw new BusinessRuleViolated("deposit", "That deposit is no longer held: it was "
                    + deposit.status().label().toLowerCase() + ".");
        }
        return deposit;
    }

    private void settle(WorkOrderDeposit deposit, String status, DepositMethod refundMethod, String reference) {
        jdbc.sql("""
                        update work_order_deposit set status = ?, settled_at = ?, settled_by = ?, refund_method = ?,
                               refund_reference = ?
                        where id = ?""")
                .params(status, java.sql.Timestamp.from(work.now()), work.actor() == null ? null : work.actor().value(),
                        refundMethod == null ? null : refundMethod.name(), reference, deposit.id())
                .update();
    }
}
